// Inline editor for one setting, chosen from the setting's schema type (list, switch, choice, number, text, rule).
import { useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../utils/i18n';
import { sendMessage } from '../utils/messages';
import { SETTINGS_SPEC, type PasswordRule, type SettingKey, type Settings } from '../utils/settings';

interface Props<K extends SettingKey> {
  settingKey: K;
  value: Settings[K];
  t: Translate;
  onDone: (message: string) => void;
}

export function SettingEditor<K extends SettingKey>({ settingKey, value, t, onDone }: Props<K>) {
  const schema = SETTINGS_SPEC[settingKey].schema as { type: string; enum?: string[] };
  const [draft, setDraft] = useState<unknown>(Array.isArray(value) ? value.join('\n') : value);
  const id = `edit-${settingKey}`;

  async function save(event: Event) {
    event.preventDefault();
    const next = schema.type === 'array'
      ? String(draft).split(/[\n,]/).map((line) => line.trim()).filter(Boolean)
      : schema.type === 'integer' ? Number(draft) : draft;
    const result = await sendMessage('setUserSetting', { key: settingKey, value: next });
    onDone(result.ok ? t('savedMessage') : t('userValueRejected', { reason: t(`reason_${result.reason}` as MessageKey) }));
  }

  let field;
  if (schema.type === 'array') {
    field = <textarea id={id} rows={6} value={String(draft)} onInput={(e) => setDraft(e.currentTarget.value)} aria-describedby={`${id}-hint`} />;
  } else if (schema.type === 'boolean') {
    field = <input id={id} type="checkbox" checked={Boolean(draft)} onChange={(e) => setDraft(e.currentTarget.checked)} />;
  } else if (schema.enum) {
    field = (
      <select id={id} value={String(draft)} onChange={(e) => setDraft(e.currentTarget.value)}>
        {schema.enum.map((option) => <option key={option} value={option}>{t(`value_${option}` as MessageKey)}</option>)}
      </select>
    );
  } else if (schema.type === 'integer') {
    field = <input id={id} type="number" value={String(draft)} onInput={(e) => setDraft(e.currentTarget.value)} />;
  } else if (schema.type === 'object') {
    field = <PasswordRuleFields rule={draft as PasswordRule} t={t} onChange={setDraft} />;
  } else {
    field = <input id={id} type="text" value={String(draft)} onInput={(e) => setDraft(e.currentTarget.value)} />;
  }

  return (
    <form class="editor" onSubmit={save}>
      <label for={id} class="visually-hidden">{t(`setting_${settingKey}` as MessageKey)}</label>
      {field}
      {schema.type === 'array' && <small id={`${id}-hint`}>{t('onePerLine')}</small>}
      <div class="buttons">
        <button type="submit">{t('saveLabel')}</button>
        <button type="button" onClick={async () => {
          await sendMessage('resetUserSetting', { key: settingKey });
          onDone(t('savedMessage'));
        }}>{t('resetLabel')}</button>
        <button type="button" onClick={() => onDone('')}>{t('cancelLabel')}</button>
      </div>
    </form>
  );
}

function PasswordRuleFields({ rule, t, onChange }: { rule: PasswordRule; t: Translate; onChange: (rule: PasswordRule) => void }) {
  return (
    <fieldset>
      <legend>{t('setting_passwordRule')}</legend>
      <label>
        {t('rule_minLength', { count: '' }).trim()}{' '}
        <input type="number" min={8} max={64} value={rule.minLength} onInput={(e) => onChange({ ...rule, minLength: Number(e.currentTarget.value) })} />
      </label>
      {(['requireUpper', 'requireLower', 'requireDigit', 'requireSymbol'] as const).map((part) => (
        <label key={part}>
          <input type="checkbox" checked={rule[part]} onChange={(e) => onChange({ ...rule, [part]: e.currentTarget.checked })} /> {t(`rule_${part}`)}
        </label>
      ))}
      <label>
        {t('rule_minScore', { score: '' }).replace(/\s*\/4$/, '')}{' '}
        <input type="number" min={0} max={4} value={rule.minScore} onInput={(e) => onChange({ ...rule, minScore: Number(e.currentTarget.value) })} />
      </label>
    </fieldset>
  );
}
