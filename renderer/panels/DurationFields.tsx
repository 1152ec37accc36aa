import { useState } from 'react';
import type { Distribution, DistributionType } from '../../shared/model';
import {
  distributionAround,
  distributionLabels,
  distributionParameters,
  distributionSeconds,
  durationUnits,
  naturalUnit,
  typicalSeconds,
  unitSeconds,
  type DurationUnit,
} from './durationUnits';
import { NumberField, SelectField, TextField } from './fields';

const unitChoices = durationUnits.map(({ value, label }) => ({ value, label }));
const typeChoices = [
  { value: 'none', label: 'Not set' },
  ...(Object.keys(distributionLabels) as DistributionType[]).map((type) => ({
    value: type,
    label: distributionLabels[type],
  })),
];

const tidy = (n: number) => String(Number(n.toFixed(4)));

/** One duration in a unit people choose (minutes, hours, days), stored in seconds. */
export function DurationField({
  label,
  seconds,
  onCommit,
}: {
  label: string;
  seconds: number | undefined;
  onCommit(seconds: number | undefined): void;
}) {
  const [unit, setUnit] = useState<DurationUnit>(() => naturalUnit(seconds === undefined ? [] : [seconds]));
  const factor = unitSeconds(unit);
  return (
    <div className="fw-duration">
      <NumberField
        label={label}
        value={seconds === undefined ? undefined : seconds / factor}
        min={0}
        onCommit={(v) => onCommit(v === undefined ? undefined : v * factor)}
      />
      <SelectField
        label="Unit"
        ariaLabel={`${label} unit`}
        value={unit}
        choices={unitChoices}
        onChange={(u) => setUnit(u as DurationUnit)}
      />
    </div>
  );
}

/** A duration distribution: its type, a display unit and its parameters in that unit. */
export function DistributionFields({
  value,
  onCommit,
  label = 'Duration distribution',
}: {
  value: Distribution | undefined;
  onCommit(value: Distribution | undefined): void;
  /** The type select's label; the unit select is named after it ("Duration distribution unit"). */
  label?: string;
}) {
  const [unit, setUnit] = useState<DurationUnit>(() => naturalUnit(value ? distributionSeconds(value) : []));
  const factor = unitSeconds(unit);
  const params = value && value.type !== 'empirical' ? distributionParameters[value.type] : [];
  return (
    <>
      <div className="fw-duration">
        <SelectField
          label={label}
          value={value?.type ?? 'none'}
          choices={typeChoices}
          onChange={(type) =>
            onCommit(type === 'none' ? undefined : distributionAround(type as DistributionType, typicalSeconds(value)))
          }
        />
        {value && (
          <SelectField
            label="Unit"
            ariaLabel={label === 'Duration distribution' ? 'Duration unit' : `${label} unit`}
            value={unit}
            choices={unitChoices}
            onChange={(u) => setUnit(u as DurationUnit)}
          />
        )}
      </div>
      {value &&
        params.map(({ key, label }) => (
          <NumberField
            key={key}
            label={`${label} (${unit})`}
            value={(value as unknown as Record<string, number>)[key] / factor}
            min={0}
            onCommit={(v) => v !== undefined && onCommit({ ...value, [key]: v * factor } as Distribution)}
          />
        ))}
      {value?.type === 'empirical' && (
        <TextField
          label={`Observed durations (${unit})`}
          value={value.values.map((v) => tidy(v / factor)).join(', ')}
          hint="Separate values with commas."
          onCommit={(text) => {
            const values = text
              .split(/[,;\s]+/)
              .filter(Boolean)
              .map(Number);
            if (values.length > 0 && values.every((v) => Number.isFinite(v) && v >= 0))
              onCommit({ type: 'empirical', values: values.map((v) => v * factor) });
          }}
        />
      )}
    </>
  );
}
