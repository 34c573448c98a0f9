/**
 * Mermaid's colours from VS Code's: the webview's body carries the theme as
 * `--vscode-*` CSS variables, which Mermaid's `base` theme takes as its
 * variables. A theme switch is when to draw again.
 */

function cssVariable(style: CSSStyleDeclaration, names: readonly string[], fallback: string): string {
  for (const name of names) {
    const value = style.getPropertyValue(name).trim();
    if (value) return value;
  }
  return fallback;
}

export function isDarkTheme(): boolean {
  const classes = document.body.classList;
  return classes.contains('vscode-dark') || (classes.contains('vscode-high-contrast') && !classes.contains('vscode-high-contrast-light'));
}

export function mermaidThemeVariables(): Record<string, string | boolean> {
  const style = getComputedStyle(document.body);
  const dark = isDarkTheme();
  const v = (names: readonly string[], light: string, darkFallback: string): string => cssVariable(style, names, dark ? darkFallback : light);
  const background = v(['--vscode-editor-background'], '#ffffff', '#1e1e1e');
  const foreground = v(['--vscode-editor-foreground'], '#333333', '#cccccc');
  const border = v(['--vscode-contrastBorder', '--vscode-editorWidget-border', '--vscode-panel-border'], '#c8c8c8', '#454545');
  const actor = v(['--vscode-editorWidget-background', '--vscode-sideBar-background'], '#f3f3f3', '#252526');
  const noteBackground = v(['--vscode-editorHoverWidget-background', '--vscode-editorWidget-background'], '#f3f3f3', '#252526');
  const noteForeground = v(['--vscode-editorHoverWidget-foreground', '--vscode-editor-foreground'], '#333333', '#cccccc');
  const noteBorder = v(['--vscode-editorHoverWidget-border', '--vscode-editorWidget-border'], '#c8c8c8', '#454545');
  return {
    darkMode: dark,
    background,
    // The UI font, as the Markdown preview uses: labels are prose more than code.
    fontFamily: v(['--vscode-font-family', '--vscode-editor-font-family'], 'sans-serif', 'sans-serif'),
    primaryColor: actor,
    primaryTextColor: foreground,
    primaryBorderColor: border,
    lineColor: foreground,
    textColor: foreground,
    actorBkg: actor,
    actorBorder: border,
    actorTextColor: foreground,
    actorLineColor: border,
    signalColor: foreground,
    signalTextColor: foreground,
    labelBoxBkgColor: actor,
    labelBoxBorderColor: border,
    labelTextColor: foreground,
    loopTextColor: foreground,
    noteBkgColor: noteBackground,
    noteTextColor: noteForeground,
    noteBorderColor: noteBorder,
    activationBkgColor: actor,
    activationBorderColor: border,
    sequenceNumberColor: background,
  };
}

/**
 * Calls `onChange` whenever VS Code switches theme. VS Code sets the body's
 * class and data attributes and the variables on the root's style; between
 * two themes of one kind (two dark themes) only the variables change, so
 * the colours Mermaid is given are compared, not the class.
 */
export function watchTheme(onChange: () => void): void {
  let last = JSON.stringify(mermaidThemeVariables());
  const observer = new MutationObserver(() => {
    const now = JSON.stringify(mermaidThemeVariables());
    if (now === last) return;
    last = now;
    onChange();
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['class', 'style', 'data-vscode-theme-id', 'data-vscode-theme-kind'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style'] });
}
