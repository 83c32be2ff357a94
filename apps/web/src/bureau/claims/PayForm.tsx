import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { chinaToday } from '../../common/china-date';
import { InputField } from '../../common/FormField';

export interface Payment {
  paidOn: string;
  reference: string;
}

/**
 * 发放日期 (today in China by default) and the voucher or transfer number the chosen claims were paid with, then
 * 批量发放. A blank field is named before anything is sent; what the server refuses is shown per claim.
 */
export function PayForm(props: {
  chosen: number;
  running: boolean;
  onPay: (payment: Payment) => void;
  problems?: Partial<Record<keyof Payment, string>>;
  children?: ReactNode;
}) {
  const [paidOn, setPaidOn] = useState(chinaToday());
  const [reference, setReference] = useState('');
  const [missing, setMissing] = useState<Partial<Record<keyof Payment, string>>>({});

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const blank = {
      ...(paidOn ? {} : { paidOn: '请填写发放日期' }),
      ...(reference.trim() ? {} : { reference: '请填写发放凭证号或转账流水号' }),
    };
    setMissing(blank);
    if (Object.keys(blank).length === 0) props.onPay({ paidOn, reference: reference.trim() });
  };

  return (
    <form className="card bureau-batch" aria-label="批量发放" onSubmit={submit}>
      {props.children}
      <InputField
        id="pay-on"
        label="发放日期"
        type="date"
        max={chinaToday()}
        value={paidOn}
        onChange={(e) => setPaidOn(e.target.value)}
        problem={missing.paidOn ?? props.problems?.paidOn}
      />
      <InputField
        id="pay-reference"
        label="凭证号"
        hint="发放凭证号或转账流水号，本批共用一个"
        value={reference}
        onChange={(e) => setReference(e.target.value)}
        problem={missing.reference ?? props.problems?.reference}
      />
      <button type="submit" disabled={props.running || props.chosen === 0}>
        批量发放
      </button>
      {props.running && (
        <p role="status" className="muted">
          正在登记 {props.chosen} 项发放…
        </p>
      )}
    </form>
  );
}
