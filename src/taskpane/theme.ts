// Light or dark Fluent theme, following Office's theme when Office reports one.
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export function themeFor(dark: boolean | null): Theme {
  return dark ? webDarkTheme : webLightTheme;
}
