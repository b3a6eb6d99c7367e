// Strength estimate with zxcvbn, taught Vietnamese words and the organisation's own names. zxcvbn is large
// (~800 KB): this module is imported by the background only, never by a content script.
import zxcvbn from 'zxcvbn';
import type { Language } from './settings';
import { VIETNAMESE_NAME_PREFIXES, VIETNAMESE_PASSWORD_WORDS } from './vietnamese-passwords';

export interface StrengthEstimate {
  score: 0 | 1 | 2 | 3 | 4;
  /** Advice in the user's language, most important first. */
  advice: string[];
  /** Vietnamese or organisation words found in the password (shown so the user sees why). */
  guessableWords: string[];
}

// zxcvbn's fixed feedback sentences, in Vietnamese.
const VI: Record<string, string> = {
  'Use a few words, avoid common phrases': 'Ghép vài từ ít gặp, tránh câu quen thuộc.',
  'No need for symbols, digits, or uppercase letters': 'Mật khẩu dài bằng nhiều từ sẽ mạnh hơn ký tự lạ.',
  'Add another word or two. Uncommon words are better.': 'Thêm một hai từ nữa, từ càng ít gặp càng tốt.',
  'Straight rows of keys are easy to guess': 'Dãy phím liền nhau rất dễ đoán.',
  'Short keyboard patterns are easy to guess': 'Kiểu gõ phím ngắn rất dễ đoán.',
  'Use a longer keyboard pattern with more turns': 'Tránh gõ theo hình trên bàn phím.',
  'Repeats like "aaa" are easy to guess': 'Ký tự lặp lại như "aaa" rất dễ đoán.',
  'Repeats like "abcabcabc" are only slightly harder to guess than "abc"': 'Lặp lại một cụm như "abcabc" không làm mật khẩu mạnh hơn.',
  'Avoid repeated words and characters': 'Tránh lặp lại từ và ký tự.',
  'Sequences like abc or 6543 are easy to guess': 'Dãy như abc hay 6543 rất dễ đoán.',
  'Avoid sequences': 'Tránh các dãy liên tiếp.',
  'Recent years are easy to guess': 'Năm gần đây rất dễ đoán.',
  'Avoid recent years': 'Tránh dùng năm gần đây.',
  'Avoid years that are associated with you': 'Tránh năm sinh, năm vào ngành.',
  'Dates are often easy to guess': 'Ngày tháng rất dễ đoán.',
  'Avoid dates and years that are associated with you': 'Tránh ngày sinh và các ngày gắn với bạn.',
  'This is a top-10 common password': 'Đây là một trong 10 mật khẩu phổ biến nhất.',
  'This is a top-100 common password': 'Đây là một trong 100 mật khẩu phổ biến nhất.',
  'This is a very common password': 'Đây là mật khẩu rất phổ biến.',
  'This is similar to a commonly used password': 'Mật khẩu này gần giống một mật khẩu phổ biến.',
  'A word by itself is easy to guess': 'Một từ đứng riêng rất dễ đoán.',
  'Names and surnames by themselves are easy to guess': 'Họ tên đứng riêng rất dễ đoán.',
  'Common names and surnames are easy to guess': 'Họ tên phổ biến rất dễ đoán.',
  "Capitalization doesn't help very much": 'Viết hoa chữ đầu không giúp được nhiều.',
  'All-uppercase is almost as easy to guess as all-lowercase': 'Viết hoa toàn bộ cũng dễ đoán như viết thường.',
  "Reversed words aren't much harder to guess": 'Viết ngược từ không khó đoán hơn bao nhiêu.',
  "Predictable substitutions like '@' instead of 'a' don't help very much": "Thay 'a' bằng '@' hay 'o' bằng '0' không giúp được nhiều.",
};

const GUESSABLE = {
  vi: (words: string) => `Có từ dễ đoán: ${words}. Tránh tên người, địa danh, tên cơ quan và các mật khẩu quen thuộc.`,
  en: (words: string) => `Contains guessable words: ${words}. Avoid names, places, your organisation's name and familiar passwords.`,
};

/** Words taken from the organisation's domains: "quangngai.gov.vn" gives "quangngai" and "quangngaigovvn". */
export function organisationWords(domains: readonly string[]): string[] {
  return domains.flatMap((domain) => [...domain.split('.').filter((label) => label.length >= 4), domain.replace(/\./g, '')]);
}

export function estimateStrength(password: string, language: Language, extraWords: readonly string[] = []): StrengthEstimate {
  // zxcvbn's cost grows quickly with length (~35 ms at 64 characters): the first 40 characters are scored, a lower
  // bound for the whole password, so that each keystroke stays well under a frame.
  const sample = password.slice(0, 40);
  // zxcvbn ranks these by position: the organisation's own words first, then common passwords, then names.
  const result = zxcvbn(sample, [...extraWords, ...VIETNAMESE_PASSWORD_WORDS, ...VIETNAMESE_NAME_PREFIXES]);
  const guessableWords = [...new Set(result.sequence
    .filter((match) => match.pattern === 'dictionary' && (match as { dictionary_name?: string }).dictionary_name === 'user_inputs')
    .map((match) => (match as { matched_word?: string }).matched_word ?? match.token))];
  const raw = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean) as string[];
  const advice = raw.map((text) => (language === 'vi' ? VI[text] ?? text : text));
  if (guessableWords.length) advice.unshift(GUESSABLE[language](guessableWords.join(', ')));
  return { score: result.score, advice, guessableWords };
}
