import type { StaffRole } from '../../../platform/auth';
import type { AgencyKind } from '../tables';

/**
 * Demo tenant: Thanh Hóa province with three communes, fully staffed. Organisation ids follow the
 * QCVN 102 pattern; only 000.00.00.H56 (UBND tỉnh Thanh Hóa) is a published id, the others are
 * well-formed stand-ins until the province's registry is connected.
 */
export const DEMO_PASSWORD = 'CuaSo@2026';

export type DemoAgency = {
  key: string;
  orgId: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  parent: string | null;
  unit: string;
  address: string;
  phone: string;
};

export const demoAgencies: DemoAgency[] = [
  {
    key: 'province',
    orgId: '000.00.00.H56',
    name: 'Ủy ban nhân dân tỉnh Thanh Hóa',
    shortName: 'UBND tỉnh Thanh Hóa',
    kind: 'province_committee',
    parent: null,
    unit: '38',
    address: '35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa',
    phone: '0237 3852 370',
  },
  {
    key: 'justice',
    orgId: '000.00.14.H56',
    name: 'Sở Tư pháp tỉnh Thanh Hóa',
    shortName: 'Sở Tư pháp',
    kind: 'department',
    parent: 'province',
    unit: '38',
    address: '220 Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa',
    phone: '0237 3852 124',
  },
  {
    key: 'hamrong',
    orgId: '000.31.21.H56',
    name: 'Ủy ban nhân dân phường Hàm Rồng',
    shortName: 'UBND phường Hàm Rồng',
    kind: 'commune_committee',
    parent: 'province',
    unit: '14758',
    address: 'Số 1 đường Nguyễn Văn Linh, phường Hàm Rồng, tỉnh Thanh Hóa',
    phone: '0237 3960 110',
  },
  {
    key: 'hamrong-desk',
    orgId: '001.31.21.H56',
    name: 'Trung tâm Phục vụ hành chính công phường Hàm Rồng',
    shortName: 'TTPVHCC phường Hàm Rồng',
    kind: 'one_stop_desk',
    parent: 'hamrong',
    unit: '14758',
    address: 'Số 1 đường Nguyễn Văn Linh, phường Hàm Rồng, tỉnh Thanh Hóa',
    phone: '0237 3960 111',
  },
  {
    key: 'hacthanh',
    orgId: '000.32.21.H56',
    name: 'Ủy ban nhân dân phường Hạc Thành',
    shortName: 'UBND phường Hạc Thành',
    kind: 'commune_committee',
    parent: 'province',
    unit: '14797',
    address: '27 Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa',
    phone: '0237 3852 200',
  },
  {
    key: 'hacthanh-desk',
    orgId: '001.32.21.H56',
    name: 'Trung tâm Phục vụ hành chính công phường Hạc Thành',
    shortName: 'TTPVHCC phường Hạc Thành',
    kind: 'one_stop_desk',
    parent: 'hacthanh',
    unit: '14797',
    address: '27 Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa',
    phone: '0237 3852 201',
  },
  {
    key: 'quangphu',
    orgId: '000.33.21.H56',
    name: 'Ủy ban nhân dân phường Quảng Phú',
    shortName: 'UBND phường Quảng Phú',
    kind: 'commune_committee',
    parent: 'province',
    unit: '16522',
    address: 'Phường Quảng Phú, tỉnh Thanh Hóa',
    phone: '0237 3910 300',
  },
  {
    key: 'quangphu-desk',
    orgId: '001.33.21.H56',
    name: 'Trung tâm Phục vụ hành chính công phường Quảng Phú',
    shortName: 'TTPVHCC phường Quảng Phú',
    kind: 'one_stop_desk',
    parent: 'quangphu',
    unit: '16522',
    address: 'Phường Quảng Phú, tỉnh Thanh Hóa',
    phone: '0237 3910 301',
  },
];

export type DemoStaff = {
  username: string;
  fullName: string;
  email: string;
  grants: [agency: string, role: StaffRole][];
};

const commune = (key: string, slug: string, names: [string, string, string, string, string]): DemoStaff[] => [
  {
    username: `motcua.${slug}`,
    fullName: names[0],
    email: `motcua.${slug}@cuaso.local`,
    grants: [
      [`${key}-desk`, 'receiver'],
      [key, 'receiver'],
    ],
  },
  {
    username: `chuyenvien.${slug}`,
    fullName: names[1],
    email: `chuyenvien.${slug}@cuaso.local`,
    grants: [[key, 'specialist']],
  },
  {
    username: `lanhdao.${slug}`,
    fullName: names[2],
    email: `lanhdao.${slug}@cuaso.local`,
    grants: [[key, 'leader']],
  },
  {
    username: `vanthu.${slug}`,
    fullName: names[3],
    email: `vanthu.${slug}@cuaso.local`,
    grants: [[key, 'clerk']],
  },
  {
    username: `quantri.${slug}`,
    fullName: names[4],
    email: `quantri.${slug}@cuaso.local`,
    grants: [[key, 'agency_admin']],
  },
];

export const demoStaff: DemoStaff[] = [
  {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    email: 'admin@cuaso.local',
    grants: [['province', 'system_admin']],
  },
  {
    username: 'dieuhanh.thanhhoa',
    fullName: 'Lê Minh Tuấn',
    email: 'dieuhanh@cuaso.local',
    grants: [['province', 'ioc_viewer']],
  },
  {
    username: 'kiemduyet.thanhhoa',
    fullName: 'Phạm Thu Hà',
    email: 'kiemduyet@cuaso.local',
    grants: [['province', 'market_moderator']],
  },
  ...commune('hamrong', 'hamrong', [
    'Nguyễn Thị Hoa',
    'Trần Văn Đức',
    'Lê Quang Hưng',
    'Đỗ Thị Lan',
    'Vũ Đình Khoa',
  ]),
  ...commune('hacthanh', 'hacthanh', [
    'Bùi Thị Mai',
    'Hoàng Văn Nam',
    'Trịnh Xuân Thắng',
    'Ngô Thị Yến',
    'Đặng Quốc Bảo',
  ]),
  ...commune('quangphu', 'quangphu', [
    'Lương Thị Thảo',
    'Mai Văn Tiến',
    'Cao Đức Long',
    'Phan Thị Nga',
    'Tạ Minh Sơn',
  ]),
];

export const demoCitizens = [
  {
    phone: '0900000001',
    email: 'nguyen.van.an@example.vn',
    fullName: 'Nguyễn Văn An',
    personalId: '038090012345',
    dateOfBirth: '1990-03-15',
    sex: 'male' as const,
    unit: '14758',
    line: 'Số 12, ngõ 5, đường Đông Cương',
  },
  {
    phone: '0900000002',
    email: 'le.thi.binh@example.vn',
    fullName: 'Lê Thị Bình',
    personalId: '038192004321',
    dateOfBirth: '1992-08-20',
    sex: 'female' as const,
    unit: '14758',
    line: 'Số 8, đường Hàm Rồng',
  },
  {
    phone: '0900000003',
    email: 'tran.van.cuong@example.vn',
    fullName: 'Trần Văn Cường',
    personalId: '038085067890',
    dateOfBirth: '1985-11-02',
    sex: 'male' as const,
    unit: '14797',
    line: '45 Lê Lợi',
  },
];
