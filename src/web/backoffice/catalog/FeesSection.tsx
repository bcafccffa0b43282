import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { Fee } from '../../../contracts/catalog';
import { useT } from '../../i18n';
import classes from './catalog.module.css';
import { useEditor } from './editor-context';
import { basisOptions, feeKindOptions } from './options';
import { RepeatList } from './RepeatList';
import { blankFee, orNull, toNumber } from './version-form';

/** Charges and fees (lệ phí, phí): amount per basis unit, tiers from the n-th unit, a cap, exemptions. */
export function FeesSection() {
  const t = useT();
  const { draft, set, error } = useEditor();
  const label = (i: number) => t('cat.fees.item', { n: i + 1 });
  return (
    <RepeatList<Fee>
      items={draft.fees}
      onChange={(fees) => set(['fees'], fees)}
      blank={blankFee}
      itemLabel={label}
      addLabel={t('cat.fees.add')}
      emptyLabel={t('cat.fees.none')}
      render={(fee, i) => {
        const at = (...rest: (string | number)[]) => ['fees', i, ...rest];
        return (
          <Stack gap="sm">
            <div className={classes.grid}>
              <Select
                label={t('cat.fees.kind')}
                data={feeKindOptions(t)}
                allowDeselect={false}
                value={fee.kind}
                onChange={(v) => v && set(at('kind'), v)}
              />
              <TextInput
                className={classes.wide}
                label={t('cat.fees.name')}
                withAsterisk
                value={fee.name}
                onChange={(e) => set(at('name'), e.currentTarget.value)}
                error={error(at('name'))}
              />
              <NumberInput
                label={t('cat.fees.amount')}
                suffix=" đ"
                thousandSeparator="."
                decimalSeparator=","
                value={fee.amount}
                onChange={(v) => set(at('amount'), toNumber(v))}
                error={error(at('amount'))}
              />
              <Select
                label={t('cat.fees.basis')}
                data={basisOptions(t)}
                allowDeselect={false}
                value={fee.basis}
                onChange={(v) => v && set(at('basis'), v)}
              />
              <NumberInput
                label={t('cat.fees.cap')}
                description={t('cat.fees.capHelp')}
                suffix=" đ"
                thousandSeparator="."
                decimalSeparator=","
                value={fee.maxAmount ?? ''}
                onChange={(v) => set(at('maxAmount'), v === '' ? null : toNumber(v))}
                error={error(at('maxAmount'))}
              />
            </div>
            <Checkbox
              label={t('cat.fees.council')}
              checked={fee.setByProvincialCouncil}
              onChange={(e) => set(at('setByProvincialCouncil'), e.currentTarget.checked)}
            />
            <div>
              <Text size="sm" fw={600} mb={4}>
                {t('cat.fees.tiers')}
              </Text>
              {fee.tiers.map((tier, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: tiers are positional
                <Group key={k} gap="sm" align="flex-end" mb={6}>
                  <NumberInput
                    w={150}
                    label={t('cat.fees.fromUnit')}
                    min={2}
                    allowDecimal={false}
                    value={tier.fromUnit}
                    onChange={(v) => set(at('tiers', k, 'fromUnit'), toNumber(v))}
                    error={error(at('tiers', k, 'fromUnit'))}
                  />
                  <NumberInput
                    w={180}
                    label={t('cat.fees.tierAmount')}
                    suffix=" đ"
                    thousandSeparator="."
                    decimalSeparator=","
                    value={tier.amount}
                    onChange={(v) => set(at('tiers', k, 'amount'), toNumber(v))}
                    error={error(at('tiers', k, 'amount'))}
                  />
                  <Button
                    variant="subtle"
                    color="flagRed"
                    onClick={() =>
                      set(
                        at('tiers'),
                        fee.tiers.filter((_, j) => j !== k),
                      )
                    }
                  >
                    {t('cat.list.remove')}
                  </Button>
                </Group>
              ))}
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => set(at('tiers'), [...fee.tiers, { fromUnit: 2, amount: 0 }])}
              >
                {t('cat.fees.addTier')}
              </Button>
            </div>
            <Textarea
              label={t('cat.fees.exemptions')}
              autosize
              minRows={2}
              value={fee.exemptions ?? ''}
              onChange={(e) => set(at('exemptions'), orNull(e.currentTarget.value))}
              error={error(at('exemptions'))}
            />
          </Stack>
        );
      }}
    />
  );
}
