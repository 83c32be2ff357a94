export function MinePage() {
  return (
    <main>
      <h1>MinePage</h1>
    </main>
  );
}
