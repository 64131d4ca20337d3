import { Anchor, AppShell, Avatar, Burger, Button, Container, Group, Menu, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import type { Me } from '../api/types';
import { LanguageSwitch } from '../features/session/language-switch';
import { forgetSession } from '../features/session/session-cache';
import { useMe } from '../features/session/use-me';
import { Brand } from '../ui/brand';
import { PageLoader } from '../ui/page-loader';
import { ProblemAlert } from '../ui/problem';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}

function useNavItems(me: Me) {
  const { t } = useTranslation();
  return [
    { to: '/', label: t('nav.home'), isActive: (path: string) => path === '/' || path.startsWith('/engagements') || path.startsWith('/goals') || path.startsWith('/sessions') },
    // The whole practice and its audit log are the practice owner's to read.
    ...(me.role === 'owner'
      ? [
          { to: '/practice', label: t('nav.practice'), isActive: (path: string) => path.startsWith('/practice') },
          { to: '/audit', label: t('nav.audit'), isActive: (path: string) => path.startsWith('/audit') },
        ]
      : []),
    { to: '/profile', label: t('nav.profile'), isActive: (path: string) => path.startsWith('/profile') },
  ];
}

function UserMenu({ me, onSignOut, isSigningOut }: { me: Me; onSignOut: () => void; isSigningOut: boolean }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t('nav.userMenu', { name: me.user.name })} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar color="teal" radius="xl" size="md">
              {initials(me.user.name)}
            </Avatar>
            <Stack gap={0} visibleFrom="sm">
              <Text size="sm" fw={600} lh={1.2} data-testid="user-name">
                {me.user.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {t(`role.${me.role}`)} · {me.practice.name}
              </Text>
            </Stack>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/profile">
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={onSignOut} disabled={isSigningOut} data-testid="sign-out">
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function Shell({ me, onSignOut, isSigningOut, children }: { me: Me; onSignOut: () => void; isSigningOut: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const [isNavOpen, nav] = useDisclosure(false);
  // The phone's menu closes on Escape, as a menu does.
  useHotkeys([['Escape', () => nav.close()]]);
  const { pathname } = useLocation();
  const items = useNavItems(me);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !isNavOpen, desktop: true } }}
      padding="lg"
      bg="gray.0"
    >
      <AppShell.Header>
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="lg" wrap="nowrap">
              <Burger
                opened={isNavOpen}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.main')}
                aria-expanded={isNavOpen}
                aria-controls="main-navigation"
              />
              <Anchor component={Link} to="/" underline="never" aria-label={t('app.homeLink')}>
                <Brand />
              </Anchor>
              <Group gap={4} visibleFrom="sm" component="nav" aria-label={t('nav.main')}>
                {items.map((item) => (
                  <Button
                    key={item.to}
                    component={Link}
                    to={item.to}
                    variant={item.isActive(pathname) ? 'light' : 'subtle'}
                    color={item.isActive(pathname) ? 'teal' : 'gray'}
                    aria-current={item.isActive(pathname) ? 'page' : undefined}
                  >
                    {item.label}
                  </Button>
                ))}
              </Group>
            </Group>
            <Group gap="md" wrap="nowrap">
              <LanguageSwitch />
              <UserMenu me={me} onSignOut={onSignOut} isSigningOut={isSigningOut} />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      {/* The side navigation is for small screens only; while closed it stays out of reach, so
          that keyboards and screen readers meet the main navigation once. */}
      <AppShell.Navbar
        id="main-navigation"
        p="md"
        component="nav"
        aria-label={t('nav.main')}
        style={{ visibility: isNavOpen ? 'visible' : 'hidden' }}
      >
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            active={item.isActive(pathname)}
            onClick={nav.close}
          />
        ))}
        <NavLink component="button" label={t('nav.signOut')} onClick={onSignOut} c="red" />
      </AppShell.Navbar>
      <AppShell.Main>
        <Container size="xl" py="md">
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

/** Everything behind sign-in: waits for /me, sends strangers to the sign-in page, frames the page. */
export function SignedInLayout() {
  const { data: me, isPending, isError, error, refetch } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const hasSignedOut = useRef(false);
  const signOut = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSettled: () => {
      hasSignedOut.current = true;
      forgetSession(queryClient);
      void navigate('/signin', { replace: true });
    },
  });

  if (isPending) return <PageLoader />;
  if (isError) {
    return (
      <Container size="sm" py="xl">
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      </Container>
    );
  }
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    const target = hasSignedOut.current || next === '/' ? '/signin' : `/signin?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return (
    <Shell me={me} onSignOut={() => signOut.mutate()} isSigningOut={signOut.isPending}>
      <Outlet />
    </Shell>
  );
}
