import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { directionOf, translate, type Language } from "./catalog";

const STORAGE_KEY = "lajna.language";
const LANGUAGES: readonly Language[] = ["ar", "fr", "en"];

/** A translation function bound to the current language. */
export type Translate = (
  key: string,
  params?: Readonly<Record<string, string | number>>,
) => string;

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState>({
  language: "fr",
  setLanguage: () => undefined,
});

/** Reads the remembered language; French when none was chosen yet. */
function rememberedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return LANGUAGES.find((l) => l === stored) ?? "fr";
}

/**
 * Holds the UI language, remembers it across restarts and keeps the
 * document's `lang` and `dir` in step, so Arabic lays out right to left.
 */
export function LanguageProvider(props: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(rememberedLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);

  const value = useMemo(
    () => ({ language, setLanguage }),
    [language, setLanguage],
  );
  return (
    <LanguageContext.Provider value={value}>
      {props.children}
    </LanguageContext.Provider>
  );
}

/** The current language and the way to change it. */
export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/** A translation function for the current language. */
export function useT(): Translate {
  const { language } = useLanguage();
  return useCallback(
    (key, params) => translate(language, key, params),
    [language],
  );
}

/** The languages offered by the switcher, in display order. */
export const availableLanguages = LANGUAGES;
