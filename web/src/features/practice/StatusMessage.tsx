/**
 * A confirmation for everyone: the live region is always rendered so that screen readers notice
 * when its text appears, and the text stays visible for sighted users.
 */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <div role="status" className="practice-status">
      {message && <p className="alert alert-success">{message}</p>}
    </div>
  );
}
