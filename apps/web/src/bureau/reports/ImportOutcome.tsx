import { useState } from 'react';
import type { LedgerImportResult } from './ledger-upload';

const grouped = (n: number) => n.toLocaleString('zh-CN');
/** Errors shown at first and per 显示更多问题: a phone scrolls 100 rows comfortably, not the 1,000 a bad file lists. */
const PAGE = 100;

/** What an upload did: the four counts, and every listed row error (行号, 列, 问题) in the file's order. */
export function ImportOutcome({ result }: { result: LedgerImportResult }) {
  const [shown, setShown] = useState(PAGE);
  const rows = result.errors.slice(0, shown);
  return (
    <section aria-labelledby="import-outcome" className="report-section">
      <h2 id="import-outcome" tabIndex={-1}>
        导入结果
      </h2>
      <dl className="report-counts">
        <div>
          <dt>共有</dt>
          <dd>{grouped(result.total)} 行</dd>
        </div>
        <div>
          <dt>已导入</dt>
          <dd>{grouped(result.imported)} 人</dd>
        </div>
        <div>
          <dt>已跳过（此前已登记）</dt>
          <dd>{grouped(result.skipped)} 人</dd>
        </div>
        <div>
          <dt>未导入（有错误）</dt>
          <dd>{grouped(result.failed)} 行</dd>
        </div>
      </dl>
      {result.errors.length > 0 && (
        <>
          {result.errorsTruncated && (
            <p className="hint">
              共发现 {grouped(result.errorCount)} 个问题，这里只列出前 {grouped(result.errors.length)} 个；下载出错的行可看到每一行的全部问题。
            </p>
          )}
          <div className="table-scroll" role="region" aria-label="出错的行" tabIndex={0}>
            <table className="report-errors">
              <caption>出错的行</caption>
              <thead>
                <tr>
                  <th scope="col">行号</th>
                  <th scope="col">列</th>
                  <th scope="col">问题</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((error, i) => (
                  <tr key={`${error.row}-${error.column}-${i}`}>
                    <td>第 {error.row} 行</td>
                    <td>{error.column}</td>
                    <td>{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length < result.errors.length && (
            <div className="report-actions">
              <span className="muted">
                已显示 {grouped(rows.length)} 个，共列出 {grouped(result.errors.length)} 个
              </span>
              <button type="button" className="secondary" onClick={() => setShown((n) => n + PAGE)}>
                显示更多问题
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
