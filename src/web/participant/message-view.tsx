import { PhaseHeading } from './phase-heading.tsx';

/** A phase with one thing to say (opening, waiting for a group, closed). */
export function MessageView({ heading, headingKey, body }: { heading: string; headingKey: string; body: string }) {
  return (
    <div class="p-message">
      <PhaseHeading key={headingKey} text={heading} />
      <p class="p-lead">{body}</p>
    </div>
  );
}
