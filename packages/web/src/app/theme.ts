import { Badge, Button, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 7,
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
  components: {
    Title: { defaultProps: { c: 'dark.8' } },
    // A button's words wrap onto a second line on a narrow screen rather than being cut short:
    // it keeps its height while they fit on one.
    Button: Button.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 4 },
        inner: { height: 'auto', minHeight: 'calc(var(--button-height) - 10px)' },
        label: { whiteSpace: 'normal', textAlign: 'center', height: 'auto', lineHeight: 1.3 },
      },
    }),
    // So do a badge's (a client's name, a goal's title, an event): none is cut short with "…".
    Badge: Badge.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3 },
      },
    }),
  },
});
