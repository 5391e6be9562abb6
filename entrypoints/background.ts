export default defineBackground(() => {
  // Wiring only; the database and messaging land here.
});
