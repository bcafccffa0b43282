import { modules } from './modules';
import type { Config } from './platform/config';

/** What `npm start` prints once it listens: where to go and, in demo mode, whom to sign in as. */
export function demoBanner(config: Config): string {
  const lines = [
    '',
    `  Cửa Số đang chạy / is running at ${config.publicUrl}`,
    `    Cổng dịch vụ công / citizen portal:   ${config.publicUrl}/`,
    `    Một cửa / back office:                ${config.publicUrl}/can-bo`,
    `    Điều hành / operations centre:        ${config.publicUrl}/dieu-hanh`,
    `    API docs:                             ${config.publicUrl}/api/docs`,
    `    Database: ${config.database.kind === 'pglite' ? `embedded (PGlite) in ${config.database.dir}` : 'PostgreSQL server'}`,
  ];
  const accounts = modules.flatMap((m) => m.demoAccounts ?? []);
  if (config.demo) {
    lines.push(
      '',
      '  Chế độ demo: dữ liệu thử nghiệm, không có giá trị pháp lý / demo data, no legal value.',
    );
    if (accounts.length) lines.push('  Demo accounts:', ...accounts.map((a) => `    ${a}`));
  }
  return `${lines.join('\n')}\n\n`;
}
