export function RegisterHelpPage() {
  return (
    <main>
      <h1>RegisterHelpPage</h1>
    </main>
  );
}
