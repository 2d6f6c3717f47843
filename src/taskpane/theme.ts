// Light or dark from Office's theme, when the host reports one.

export interface OfficeThemeLike {
  readonly bodyBackgroundColor?: string;
  readonly isDarkTheme?: boolean;
}

export function isDarkTheme(theme: OfficeThemeLike | undefined | null): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const match = /^#?([0-9a-f]{6})$/i.exec(theme.bodyBackgroundColor ?? '');
  if (!match) return false;
  const rgb = parseInt(match[1], 16);
  const [r, g, b] = [(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255];
  // Relative luminance below the midpoint: the host paints a dark body.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
