/** A progress bar with the same words announced as a status (screen readers hear progress). */
export function ProgressStatus({
  done,
  total,
  label,
}: {
  done: number
  total: number
  label: string
}) {
  return (
    <div className="field">
      <progress value={done} max={total} aria-label={label} />
      <p role="status">{label}</p>
    </div>
  )
}
