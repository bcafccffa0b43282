import { Combobox, InputBase, Select, SimpleGrid, Text, useCombobox } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type AdminUnitData, type FormerUnit, lookUpAdminUnit } from '../../api/identity';
import { useT } from '../../i18n';
import { fold } from '../text';
import { loadCommunes, loadProvinces, useFormerUnits, useLoaded } from './admin-units';

type Picked = { code: string; name: string; via?: FormerUnit };

type AddressPickerProps = {
  /** Code of the unit in force: a commune, or a province when `allowProvince`. */
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string | undefined;
  /** For agencies at province level: a province alone is a complete answer. */
  allowProvince?: boolean;
  disabled?: boolean;
};

const MAX_SHOWN = 60;

function matches(unit: AdminUnitData, needle: string): boolean {
  return fold(unit.name).includes(needle) || fold(unit.shortName).includes(needle);
}

/**
 * Province, then commune (since 1/7/2025 there are no districts). Typing an old commune name
 * ("Đông Cương") offers the unit it was merged into ("Phường Hàm Rồng"), which is what is stored.
 */
export function AddressPicker({
  value,
  onChange,
  error,
  allowProvince = false,
  disabled,
}: AddressPickerProps) {
  const t = useT();
  const [province, setProvince] = useState<string | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [query, setQuery] = useState('');
  const pickedRef = useRef(picked);
  pickedRef.current = picked;
  const provinceList = useLoaded('all', loadProvinces);
  const communeList = useLoaded(province, loadCommunes);

  // Show the saved value: find its province (and name) once.
  useEffect(() => {
    if (!value || value === picked?.code || value === province) return;
    let live = true;
    lookUpAdminUnit(value).then(
      ({ unit }) => {
        if (!live || !unit) return;
        setProvince(unit.provinceCode);
        if (unit.level === 'commune') {
          setPicked({ code: unit.code, name: unit.name });
          setQuery(unit.name);
        }
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [value, picked?.code, province]);

  const inProvince = useMemo(
    () => (communeList ? new Set(communeList.map((c) => c.code)) : null),
    [communeList],
  );
  const needle = query === picked?.name ? '' : fold(query);
  const current = useMemo(() => {
    const list = communeList ?? [];
    const found = needle ? list.filter((u) => matches(u, needle)) : list;
    return found.slice(0, MAX_SHOWN);
  }, [communeList, needle]);
  const former = useFormerUnits(needle ? query : '', inProvince);

  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setQuery(pickedRef.current?.name ?? '');
    },
  });

  const choose = (next: Picked | null) => {
    setPicked(next);
    setQuery(next?.name ?? '');
    onChange(next?.code ?? (allowProvince ? province : null));
  };

  const onOptionSubmit = (optionValue: string) => {
    const [kind, code] = optionValue.split(':');
    if (kind === 'unit') {
      const unit = communeList?.find((u) => u.code === code);
      if (unit) choose({ code: unit.code, name: unit.name });
    } else {
      const old = former.find((f) => f.oldCode === code);
      if (old) choose({ code: old.unit.code, name: old.unit.name, via: old });
    }
    combobox.closeDropdown();
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Select
        label={t('address.province')}
        placeholder={t('address.province.placeholder')}
        data={(provinceList ?? []).map((p) => ({ value: p.code, label: p.name }))}
        value={province}
        searchable
        nothingFoundMessage={t('address.nothingFound')}
        filter={({ options, search }) =>
          options.filter((o) => 'label' in o && fold(o.label).includes(fold(search)))
        }
        disabled={disabled}
        onChange={(code) => {
          setProvince(code);
          setPicked(null);
          setQuery('');
          onChange(allowProvince ? code : null);
        }}
        error={!province && error ? error : undefined}
        comboboxProps={{ withinPortal: true }}
      />
      <Combobox store={combobox} onOptionSubmit={onOptionSubmit} withinPortal>
        <Combobox.Target withExpandedAttribute>
          <InputBase
            label={t('address.commune')}
            placeholder={t(province ? 'address.commune.placeholder' : 'address.commune.pickProvince')}
            value={query}
            disabled={disabled || !province}
            rightSection={<Combobox.Chevron />}
            rightSectionPointerEvents="none"
            autoComplete="off"
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              combobox.openDropdown();
              combobox.updateSelectedOptionIndex();
            }}
            onClick={() => combobox.openDropdown()}
            onFocus={() => combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            description={
              picked?.via ? t('address.mergedNote', { old: picked.via.oldName, now: picked.name }) : undefined
            }
            error={province && error ? error : undefined}
          />
        </Combobox.Target>
        <Combobox.Dropdown>
          <Combobox.Options mah={300} style={{ overflowY: 'auto' }}>
            {former.length ? (
              <Combobox.Group label={t('address.formerGroup')}>
                {former.map((f) => (
                  <Combobox.Option key={f.oldCode} value={`old:${f.oldCode}`}>
                    <Text size="sm">{t('address.former', { old: f.oldName, now: f.unit.name })}</Text>
                    {f.oldDistrict ? (
                      <Text size="xs" c="dimmed">
                        {f.oldDistrict}, {f.oldProvince}
                      </Text>
                    ) : null}
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            ) : null}
            {current.length ? (
              <Combobox.Group label={t('address.currentGroup')}>
                {current.map((u) => (
                  <Combobox.Option key={u.code} value={`unit:${u.code}`} active={u.code === picked?.code}>
                    {u.name}
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            ) : null}
            {!current.length && !former.length ? (
              <Combobox.Empty>{communeList ? t('address.nothingFound') : t('common.loading')}</Combobox.Empty>
            ) : null}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
    </SimpleGrid>
  );
}
