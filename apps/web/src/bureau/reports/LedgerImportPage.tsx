import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useSession } from '../../app/session';
import { ImportOutcome } from './ImportOutcome';
import { failingRowsWorkbook, importLedger, type LedgerImportResult } from './ledger-upload';
import { fetchFile, fileNameOf, saveBlob } from './rest-files';
import { useFileAction } from './useFileAction';

const TEMPLATE_URL = '/imports/workers/template.xlsx';

interface Uploaded {
  file: File;
  result: LedgerImportResult;
  /** Which upload of this visit: a new one starts its table from the top. */
  attempt: number;
}

/**
 * 台账导入: the template, the upload (with its progress: a 20 MB ledger on a county line takes a while), what it did
 * and which rows failed, and those rows as a workbook to fix and upload again. For a bureau (workers of its
 * jurisdiction) and for an agency's account (its own registrations, which a bureau then reviews); `nav` is the role's
 * page links, shown inside the page as the agent's pages do.
 */
export function LedgerImportPage({ nav }: { nav?: ReactNode }) {
  const { session } = useSession();
  const token = session?.token ?? '';
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [uploaded, setUploaded] = useState<Uploaded | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const action = useFileAction();
  const outcome = useRef<HTMLDivElement>(null);

  // The result replaces the form's attention: focus moves to its heading so a screen reader reads it next.
  useEffect(() => {
    if (uploaded) outcome.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [uploaded]);

  const progress = (loaded: number, total: number) => setSent(total ? Math.round((loaded / total) * 100) : 0);

  const downloadTemplate = () =>
    action.run(async () => {
      const { blob, headers } = await fetchFile(TEMPLATE_URL, token);
      saveBlob(blob, fileNameOf(headers, '劳动力台账导入模板.xlsx'));
    });

  const upload = () =>
    action.run(async () => {
      if (!file) return;
      setSaved(null);
      setSent(0);
      try {
        const result = await importLedger(file, token, progress);
        setUploaded((previous) => ({ file, result, attempt: (previous?.attempt ?? 0) + 1 }));
      } finally {
        setSent(null);
      }
    });

  const downloadFailingRows = (source: File) =>
    action.run(async () => {
      setSent(0);
      try {
        const name = '台账待修改的行.xlsx';
        saveBlob(await failingRowsWorkbook(source, token, progress), name);
        setSaved(name);
      } finally {
        setSent(null);
      }
    });

  const agency = session?.role === 'AGENT';
  return (
    <main className="report-page">
      {nav}
      <h1>台账导入</h1>
      <p className="hint">
        {agency
          ? '把本机构登记的劳动力台账一次导入：导入的人员提交户籍地人社部门核实后生效。'
          : '把本辖区的劳动力台账一次导入：户籍不在您管辖范围内的行会报错，不会导入。'}
        已登记过的人员（身份证号相同）会跳过，重复导入同一文件不会重复登记。
      </p>

      <section aria-labelledby="import-template" className="report-section">
        <h2 id="import-template">第一步：按模板填写</h2>
        <p>
          <a
            href={TEMPLATE_URL}
            onClick={(event) => {
              event.preventDefault();
              void downloadTemplate();
            }}
          >
            下载模板
          </a>
          <span className="muted">（含填写说明；身份证号一列请保持“文本”格式）</span>
        </p>
      </section>

      <section aria-labelledby="import-upload" className="report-section">
        <h2 id="import-upload">第二步：上传</h2>
        <div className="field">
          <label htmlFor="ledger-file">台账文件</label>
          <input
            id="ledger-file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby="ledger-file-hint"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <p id="ledger-file-hint" className="hint small">
            Excel 文件（.xlsx）或 CSV，最大 20 MB，最多 10 万行。
          </p>
        </div>
        <div className="report-actions">
          <button type="button" onClick={() => void upload()} disabled={!file || action.busy}>
            上传台账
          </button>
        </div>
        {sent !== null && (
          <div className="report-progress">
            <label htmlFor="upload-progress">上传进度</label>
            <progress id="upload-progress" max={100} value={sent}>
              {sent}%
            </progress>
            <p role="status" className="muted">
              {sent < 100 ? `已上传 ${sent}%` : '已上传，正在逐行检查…'}
            </p>
          </div>
        )}
        {action.error && (
          <p role="alert" className="error">
            {action.error}
          </p>
        )}
      </section>

      {uploaded && (
        <div ref={outcome}>
          <ImportOutcome key={uploaded.attempt} result={uploaded.result} />
          {uploaded.result.failed > 0 && (
            <section aria-labelledby="import-fix" className="report-section">
              <h2 id="import-fix">第三步：改正出错的行</h2>
              <p>下载出错的行（原样保留，末列“错误说明”写明问题），改好后在上面重新选择该文件上传：只会导入改好的行。</p>
              <div className="report-actions">
                <button type="button" className="secondary" onClick={() => void downloadFailingRows(uploaded.file)} disabled={action.busy}>
                  下载出错的行
                </button>
              </div>
              <p role="status" className="ok">
                {saved ? `已下载：${saved}` : ''}
              </p>
            </section>
          )}
        </div>
      )}
    </main>
  );
}
