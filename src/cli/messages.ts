/** The command line's own words (usage, read errors, summary) in each language. */
import type { Locale } from '../core/l10n/locale';

const MESSAGES = {
  usage: {
    en: `Usage: tcpflow check [--json] [--lang en|zh-cn] FILE...
       tcpflow mermaid [--lang en|zh-cn] FILE

Commands:
  check     report where each .tcpflow file breaks RFC 9293, as
            FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]; '-' reads standard input
  mermaid   print the exchange as a Mermaid sequence diagram

Exit status: 0 every file is legal, 1 a file has an error, 2 usage or read error.`,
    'zh-cn': `用法:tcpflow check [--json] [--lang en|zh-cn] 文件...
      tcpflow mermaid [--lang en|zh-cn] 文件

命令:
  check     检查每个 .tcpflow 文件违反 RFC 9293 之处,输出格式为
            文件:行:列: 严重性: 消息 [代码];'-' 表示读取标准输入
  mermaid   以 Mermaid 时序图输出该交互

退出状态:0 所有文件均合法,1 有文件存在错误,2 用法或读取错误。`,
  },
  unknownCommand: { en: "tcpflow: unknown command '{arg}'", 'zh-cn': "tcpflow:未知命令 '{arg}'" },
  unknownOption: { en: "tcpflow: unknown option '{arg}'", 'zh-cn': "tcpflow:未知选项 '{arg}'" },
  badLanguage: { en: "tcpflow: --lang takes en or zh-cn, not '{arg}'", 'zh-cn': "tcpflow:--lang 只接受 en 或 zh-cn,而不是 '{arg}'" },
  noFiles: { en: 'tcpflow: no file given', 'zh-cn': 'tcpflow:未指定文件' },
  oneFile: { en: 'tcpflow: mermaid takes exactly one file', 'zh-cn': 'tcpflow:mermaid 命令只接受一个文件' },
  cannotRead: { en: '{file}: cannot read: {reason}', 'zh-cn': '{file}:无法读取:{reason}' },
  summary: {
    en: '{files} file(s) checked: {legal} legal, {errors} with errors',
    'zh-cn': '已检查 {files} 个文件:{legal} 个合法,{errors} 个有错误',
  },
} as const;

export type CliMessage = keyof typeof MESSAGES;

export function cliMessage(key: CliMessage, locale: Locale, args: Record<string, string | number> = {}): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}
