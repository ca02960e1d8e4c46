/**
 * A meter as a bar with its value written out, and marks for thresholds that change the rules
 * (crisis at 10, trust below 4). Exposed as an ARIA meter with a spoken value text.
 */
export interface MeterMark {
  at: number;
  label: string;
}

export interface MeterBarProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** The value as read aloud and written next to the bar. */
  text: string;
  marks?: MeterMark[];
  /** A state worth a warning, written out (never shown by colour alone). */
  alert?: string | null;
  testId?: string;
}

export function MeterBar({ label, value, min, max, text, marks = [], alert, testId }: MeterBarProps) {
  const share = (v: number) => `${(Math.min(1, Math.max(0, (v - min) / (max - min))) * 100).toFixed(1)}%`;
  return (
    <div className={`meter${alert ? ' meter--alert' : ''}`} data-testid={testId}>
      <div className="meter__head">
        <span className="meter__label">{label}</span>
        <span className="meter__value">{text}</span>
      </div>
      <div className="meter__track" role="meter" aria-label={label} aria-valuemin={min} aria-valuemax={max} aria-valuenow={value} aria-valuetext={text}>
        <div className="meter__fill" style={{ width: share(value) }} />
        {marks.map((m) => (
          <span key={m.at} className="meter__mark" style={{ left: share(m.at) }} title={m.label} />
        ))}
      </div>
      {marks.length > 0 || alert ? (
        <p className="meter__note">
          {alert ? <strong>Warning: {alert}. </strong> : null}
          {marks.map((m) => m.label).join(' · ')}
        </p>
      ) : null}
    </div>
  );
}
