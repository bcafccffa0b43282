import { lookUpAdminUnit } from '../../api/identity';
import { useApi } from '../../api/useApi';

/**
 * A stored administrative-unit code as a person reads it: "Phường Hàm Rồng, Tỉnh Thanh Hóa" (the
 * code itself until the names arrive, or when the code is unknown).
 */
export function AdminUnitName({ code }: { code: string }) {
  const found = useApi((signal) => lookUpAdminUnit(code, signal), code);
  const unit = found.data?.unit ?? null;
  const provinceCode = unit?.level === 'commune' ? unit.provinceCode : '';
  const province = useApi(
    (signal) => (provinceCode ? lookUpAdminUnit(provinceCode, signal) : Promise.resolve(null)),
    provinceCode,
  );
  if (!unit) return <>{code}</>;
  const provinceName = province.data?.unit?.name;
  return <>{provinceName ? `${unit.name}, ${provinceName}` : unit.name}</>;
}
