// Mantine's mixins and rem() helpers for any CSS module the app writes.
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
