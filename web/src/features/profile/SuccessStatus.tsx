/**
 * A confirmation announced to screen readers. The live region stays in the page even when empty,
 * so that the message is announced when it appears.
 */
export function SuccessStatus({ message }: { message: string | null }) {
  return (
    <div role="status">
      {message && (
        <div className="alert alert-success profile-success">
          <p>{message}</p>
        </div>
      )}
    </div>
  );
}
