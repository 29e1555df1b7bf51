/** A full-screen message: connecting, or why the view cannot open (not signed in, not found). */
export function ScreenMessage({ heading, body }: { heading: string; body: string }) {
  return (
    <main class="s-main s-message">
      <div class="s-center">
        <h1 class="s-big">{heading}</h1>
        {body ? <p class="s-lead">{body}</p> : null}
      </div>
    </main>
  );
}
