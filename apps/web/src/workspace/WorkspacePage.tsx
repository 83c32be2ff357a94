export function WorkspacePage() {
  return (
    <main>
      <h1>WorkspacePage</h1>
    </main>
  );
}
