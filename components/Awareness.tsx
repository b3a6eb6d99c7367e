import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { QUIZ, TIPS, scoreQuiz, tipOfTheDay } from '../utils/awareness';
import type { Translate } from '../utils/i18n';
import type { Language } from '../utils/settings';

export const quizResultItem = storage.defineItem<{ correct: number; total: number; at: number } | null>('local:quizResult', { fallback: null });

export function TipOfTheDay({ language, t }: { language: Language; t: Translate }) {
  const tip = tipOfTheDay();
  return (
    <section aria-labelledby="tip-heading" data-testid="tip">
      <h2 id="tip-heading">{t('tipHeading')}: {tip.title[language]}</h2>
      <p>{tip.body[language]}</p>
    </section>
  );
}

export function AwarenessTips({ language, t, supportContact }: { language: Language; t: Translate; supportContact: string }) {
  return (
    <section aria-labelledby="tips-heading" data-testid="tips">
      <h2 id="tips-heading">{t('tipsHeading')}</h2>
      {TIPS.map((tip) => (
        <details key={tip.id} open={tip.id === 'strange-links'}>
          <summary>{tip.title[language]}</summary>
          <p>{tip.body[language]}</p>
        </details>
      ))}
      {supportContact && <p><strong>{t('supportLine', { contact: supportContact })}</strong></p>}
    </section>
  );
}

/** A short self-check: feedback on each answer at once, the result kept for next time. */
export function Quiz({ language, t }: { language: Language; t: Translate }) {
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [last, setLast] = useState<{ correct: number; total: number; at: number } | null>(null);
  useEffect(() => {
    void quizResultItem.getValue().then(setLast);
  }, []);
  const finished = Object.keys(answers).length === QUIZ.length;
  const score = scoreQuiz(answers);
  useEffect(() => {
    if (!finished) return;
    const result = { ...score, at: Date.now() };
    void quizResultItem.setValue(result);
  }, [finished]);
  return (
    <section aria-labelledby="quiz-heading" data-testid="quiz">
      <h2 id="quiz-heading">{t('quizHeading')}</h2>
      {last && !finished && <p data-testid="quiz-last">{t('quizLast', { ...last, date: new Date(last.at).toLocaleDateString(language === 'vi' ? 'vi-VN' : 'en-GB') })}</p>}
      {QUIZ.map((question, index) => {
        const chosen = answers[question.id];
        const answered = chosen !== undefined;
        return (
          <fieldset key={question.id} data-question={question.id}>
            <legend>{index + 1}. {question.question[language]}</legend>
            {question.options.map((option, optionIndex) => (
              <label key={optionIndex} class="quiz-option">
                <input
                  type="radio"
                  name={question.id}
                  checked={chosen === optionIndex}
                  disabled={answered}
                  onChange={() => setAnswers({ ...answers, [question.id]: optionIndex })}
                />{' '}
                {option[language]}
              </label>
            ))}
            {answered && (
              <p role="status" class={chosen === question.answer ? 'status ok' : 'status problem'} data-testid="quiz-feedback">
                {chosen === question.answer ? t('quizCorrect') : t('quizWrong')} {question.explanation[language]}
              </p>
            )}
          </fieldset>
        );
      })}
      {finished && (
        <p role="status" data-testid="quiz-score">
          <strong>{t('quizScore', score)}</strong>{' '}
          <button type="button" onClick={() => setAnswers({})}>{t('quizRetry')}</button>
        </p>
      )}
    </section>
  );
}
