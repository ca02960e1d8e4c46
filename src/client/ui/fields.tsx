/**
 * Form controls for the order panels, each labelled for screen readers and fully usable from the
 * keyboard: a number with a paired slider, a choice as a radio group, an on/off switch.
 */
import { useId } from 'react';

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  unit?: string;
  disabled?: boolean;
  onChange: (value: number) => void;
}

/** Rounds to the step's precision, so slider arithmetic never yields 2.3000000000000003. */
function snap(value: number, step: number): number {
  const decimals = (String(step).split('.')[1] ?? '').length;
  return Number(value.toFixed(decimals));
}

export function NumberField({ label, value, min, max, step, unit, disabled, onChange }: NumberFieldProps) {
  const id = useId();
  const change = (raw: string) => {
    const n = Number(raw);
    if (raw.trim() !== '' && Number.isFinite(n)) onChange(snap(n, step < 1 ? 0.1 : step));
  };
  return (
    <div className="number-field">
      <label htmlFor={`${id}-n`}>{label}</label>
      <div className="number-field__row">
        <input
          type="range"
          aria-hidden="true"
          tabIndex={-1}
          min={min}
          max={Math.max(min, max)}
          step={step}
          value={Math.min(Math.max(value, min), Math.max(min, max))}
          disabled={disabled}
          onChange={(e) => change(e.target.value)}
        />
        <input
          id={`${id}-n`}
          type="number"
          inputMode="decimal"
          min={min}
          max={Math.max(min, max)}
          step={step < 1 ? 0.1 : step}
          value={value}
          disabled={disabled}
          onChange={(e) => change(e.target.value)}
        />
        {unit ? <span className="unit" aria-hidden="true">{unit}</span> : null}
      </div>
    </div>
  );
}

export interface ChoiceOption<T> {
  value: T;
  label: string;
  disabled?: boolean;
  note?: string | undefined;
}

export interface ChoiceFieldProps<T> {
  legend: string;
  options: readonly ChoiceOption<T>[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
}

export function ChoiceField<T>({ legend, options, value, onChange, disabled }: ChoiceFieldProps<T>) {
  const name = useId();
  return (
    <fieldset className="choice-field" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="choice-field__options">
        {options.map((option, i) => (
          <label key={i} className={`chip${option.value === value ? ' chip--on' : ''}${option.disabled ? ' chip--locked' : ''}`}>
            <input
              type="radio"
              name={name}
              checked={option.value === value}
              disabled={option.disabled}
              onChange={() => onChange(option.value)}
            />
            <span>
              {option.value === value ? '● ' : '○ '}
              {option.label}
              {option.disabled ? ' (locked)' : ''}
            </span>
            {option.note ? <span className="chip__note">{option.note}</span> : null}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export interface ToggleFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

export function ToggleField({ label, checked, onChange, disabled }: ToggleFieldProps) {
  return (
    <label className={`toggle${checked ? ' toggle--on' : ''}`}>
      <input type="checkbox" role="switch" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <span className="toggle__track" aria-hidden="true" />
      <span>
        {label}: <strong>{checked ? 'on' : 'off'}</strong>
      </span>
    </label>
  );
}
