export interface OutcomeItem {
  key: string;
  /** Whom and what it was about, e.g. 王小兰 · 一次性交通补助 (kept from before the batch: a success leaves the list). */
  label: string;
  /** The server's Chinese message when refused; null when done. */
  error: string | null;
}

/**
 * What a batch did: how many succeeded and failed (a `status`, read out), then each item with its outcome, so a
 * success that has left the list is still accounted for and each refusal says why.
 */
export function BatchOutcome({ title, done, items }: { title: string; done: string; items: readonly OutcomeItem[] }) {
  const failed = items.filter((item) => item.error).length;
  return (
    <section className="card bureau-outcome" aria-label={title}>
      <p role="status" className={failed ? 'field-error' : 'ok'}>
        {title}：成功 {items.length - failed} 项，失败 {failed} 项{failed > 0 && '（未成功的仍保持选中，改正后可再次提交）'}。
      </p>
      <ul className="bureau-outcome-list">
        {items.map((item) => (
          <li key={item.key}>
            <span>{item.label}</span>
            {item.error ? <span className="field-error"> 未成功：{item.error}</span> : <span className="ok"> {done}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
