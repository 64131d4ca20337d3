import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { i18n } from '../i18n/i18n';
import { createQueryClient } from './query-client';
import { router } from './router';
import { theme } from './theme';

// Toasts are rare; their code loads after the first paint.
const Notifications = lazy(async () => ({ default: (await import('@mantine/notifications')).Notifications }));

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <Suspense fallback={null}>
          {/* Below, where they cover neither the header's menus nor the page's title. */}
          <Notifications position="bottom-right" />
        </Suspense>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
