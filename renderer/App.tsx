/** The application shell: the workspace around the editor. */
export function App() {
  return <main>Flowwright</main>;
}
