import { useMemo, useState } from 'react';
import { useSession } from '../../app/session';
import { chinaToday } from '../../common/china-date';
import { JurisdictionPicker } from '../queues/JurisdictionPicker';
import { endedWeeks, weekText } from './iso-week';
import { fetchFile, fileNameOf, saveBlob } from './rest-files';
import { useFileAction } from './useFileAction';
import { WeeklyPreview } from './WeeklyPreview';

/** Weeks offered: half a year back, enough to send a late report or redo one after corrections. */
const WEEKS_OFFERED = 26;

/**
 * 周报: the weekly progress report (每周一报送) of a week and a region of the jurisdiction, downloaded as the server's
 * xlsx under its Chinese name. The week is the last one ended in China unless another is picked.
 */
export function WeeklyReportPage({ jurisdiction }: { jurisdiction: string }) {
  const { session } = useSession();
  const weeks = useMemo(() => endedWeeks(chinaToday(), WEEKS_OFFERED), []);
  const [week, setWeek] = useState(weeks[0].label);
  const [regionCode, setRegionCode] = useState(jurisdiction);
  const [saved, setSaved] = useState<string | null>(null);
  const download = useFileAction();

  const save = () =>
    download.run(async () => {
      setSaved(null);
      const query = new URLSearchParams({ regionCode, week });
      const { blob, headers } = await fetchFile(`/reports/weekly.xlsx?${query.toString()}`, session?.token ?? '');
      const name = fileNameOf(headers, `务工就业周报-${week}.xlsx`);
      saveBlob(blob, name);
      setSaved(name);
    });

  return (
    <main className="report-page">
      <h1>周报</h1>
      <p className="hint">每周一报送上一周的务工就业进度：各下级地区一行，末行为合计；另附本周新增就业明细。</p>
      <div className="report-filters">
        <div className="field">
          <label htmlFor="report-week">周次</label>
          <select id="report-week" value={week} onChange={(e) => setWeek(e.target.value)}>
            {weeks.map((w) => (
              <option key={w.label} value={w.label}>
                {weekText(w)}
              </option>
            ))}
          </select>
        </div>
        <JurisdictionPicker jurisdiction={jurisdiction} value={regionCode} onChange={setRegionCode} />
      </div>
      <WeeklyPreview regionCode={regionCode} week={week} />
      <div className="report-actions">
        <button type="button" onClick={() => void save()} disabled={download.busy}>
          下载周报
        </button>
        {download.busy && <span className="muted">正在生成…</span>}
      </div>
      {download.error && (
        <p role="alert" className="error">
          {download.error}
        </p>
      )}
      <p role="status" className="ok">
        {saved ? `已下载：${saved}` : ''}
      </p>
    </main>
  );
}
