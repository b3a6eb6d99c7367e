// Password fields: a meter beside each new password (the rule ticking as the user types, then the strength
// estimate, computed in the background so zxcvbn never loads into pages), a block or warning when a new password
// that fails the rule is submitted, the official password's fingerprint taken when it is used on an official site,
// and an alarm when that password is typed anywhere else. Idle until a password field is focused.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { InPagePanel, type PanelLine } from '../../components/in-page-panel';
import { checkPasswordRule } from '../../utils/detectors/password-rule';
import { containerOf, isButtonLike } from '../../utils/form-signals';
import { sendMessage, type PasswordPagePolicy } from '../../utils/messages';
import { passwordFieldRole } from '../../utils/password-fields';

const ESTIMATE_DELAY_MS = 150;
const REUSE_DELAY_MS = 400;

function passwordFieldOf(event: Event): HTMLInputElement | undefined {
  const target = event.composedPath()[0];
  return target instanceof HTMLInputElement && target.type === 'password' ? target : undefined;
}

export function setupPasswordGuard(ctx: ContentScriptContext): void {
  let policy: Promise<PasswordPagePolicy | undefined> | undefined;
  const meter = new InPagePanel('attt-guard-password-meter');
  const alarm = new InPagePanel('attt-guard-password-alert');
  const scores = new WeakMap<HTMLInputElement, { value: string; score: number; advice: string[] }>();
  const reuseChecked = new WeakMap<HTMLInputElement, string>();
  let estimateTimer: ReturnType<typeof setTimeout> | undefined;
  let reuseTimer: ReturnType<typeof setTimeout> | undefined;
  const warned = new Set<string>();
  /** The value a submission was stopped (or warned) with: the meter keeps saying so until the password changes. */
  const verdictFor = new WeakMap<HTMLInputElement, { value: string; line: PanelLine }>();

  // The policy is needed synchronously when a form is submitted: keep the resolved value too.
  let resolvedPolicy: PasswordPagePolicy | undefined;
  const getPolicy = () =>
    (policy ??= sendMessage('getPasswordPolicy').then((answer) => (resolvedPolicy = answer), () => undefined));

  function meterLines(p: PasswordPagePolicy, field: HTMLInputElement, extra?: PanelLine): { lines: PanelLine[]; meter?: number } {
    const check = checkPasswordRule(field.value, p.rule);
    const lines: PanelLine[] = [{ text: p.text.ruleHeading }, ...check.parts.map((part) => ({ text: p.text.parts[part.part], mark: part.ok ? 'ok' as const : 'bad' as const }))];
    const estimate = scores.get(field);
    let meterValue: number | undefined;
    if (estimate && estimate.value === field.value && field.value) {
      meterValue = estimate.score;
      lines.push({ text: p.text.strengthLine.replace('{label}', p.text.scoreLabels[estimate.score]).replace('{score}', String(estimate.score)), strong: true, mark: estimate.score >= p.rule.minScore ? 'ok' : 'bad' });
      for (const advice of estimate.advice.slice(0, 3)) lines.push({ text: advice });
    }
    lines.push({ text: p.text.minimumNote });
    if (extra) lines.push(extra);
    return { lines, meter: meterValue };
  }

  function showMeter(p: PasswordPagePolicy, field: HTMLInputElement, extra?: PanelLine) {
    const verdict = verdictFor.get(field);
    if (!extra && field.value && verdict?.value === field.value) extra = verdict.line;
    const { lines, meter: meterValue } = meterLines(p, field, extra);
    meter.show(field, { title: p.text.meterTitle, tone: extra ? 'alert' : 'status', lines, meter: meterValue });
  }

  function scheduleEstimate(p: PasswordPagePolicy, field: HTMLInputElement) {
    clearTimeout(estimateTimer);
    estimateTimer = setTimeout(async () => {
      const value = field.value;
      if (!value) return;
      const estimate = await sendMessage('estimatePassword', { password: value }).catch(() => undefined);
      if (estimate && field.value === value) {
        scores.set(field, { value, ...estimate });
        showMeter(p, field);
      }
    }, ESTIMATE_DELAY_MS);
  }

  function scheduleReuseCheck(p: PasswordPagePolicy, field: HTMLInputElement) {
    if (p.official) return;
    clearTimeout(reuseTimer);
    reuseTimer = setTimeout(async () => {
      const value = field.value;
      if (value.length < 6 || reuseChecked.get(field) === value) return;
      reuseChecked.set(field, value);
      const answer = await sendMessage('checkPasswordReuse', { password: value }).catch(() => undefined);
      if (answer?.reused && field.value === value) {
        alarm.show(field, { title: p.text.reuseTitle, tone: 'alert', lines: [{ text: p.text.reuseBody.replace('{host}', location.hostname), strong: true }] });
      }
    }, REUSE_DELAY_MS);
  }

  async function onPasswordEvent(event: Event) {
    const field = passwordFieldOf(event);
    if (!field) return;
    const p = await getPolicy();
    if (!p) return;
    const role = passwordFieldRole(field, containerOf(field));
    if (event.type === 'focusout') {
      if (role === 'new' && !field.value) meter.hide();
      return;
    }
    if (role === 'new') {
      showMeter(p, field);
      if (event.type === 'input') scheduleEstimate(p, field);
    }
    if (event.type === 'input') scheduleReuseCheck(p, field);
    if (!field.value) alarm.hide();
  }

  /** On a submission attempt: block or warn about a weak new password, remember the official password. */
  function onSubmitAttempt(event: Event, container: Element) {
    const fields = [...container.querySelectorAll('input[type=password]')] as HTMLInputElement[];
    if (fields.length === 0 || !fields.some((field) => field.value)) return;
    const p = resolvedPolicy;
    if (!p) return;
    for (const field of fields) {
      const role = passwordFieldRole(field, container);
      if (role === 'new' && field.value) {
        const check = checkPasswordRule(field.value, p.rule);
        const estimate = scores.get(field);
        const weakScore = estimate && estimate.value === field.value && estimate.score < p.rule.minScore;
        if (!check.passes || weakScore) {
          const failed: string[] = check.parts.filter((part) => !part.ok).map((part) => part.part);
          if (weakScore) failed.push('minScore');
          if (p.onWeak === 'block') {
            event.preventDefault();
            event.stopImmediatePropagation();
            verdictFor.set(field, { value: field.value, line: { text: p.text.blocked, strong: true } });
            showMeter(p, field);
            void sendMessage('recordWeakPassword', { action: 'block', score: estimate?.score, failed }).catch(() => undefined);
            return;
          }
          const key = `${failed.join()}:${estimate?.score}`;
          if (!warned.has(key)) {
            warned.add(key);
            verdictFor.set(field, { value: field.value, line: { text: p.text.warnWeak, strong: true } });
            showMeter(p, field);
            void sendMessage('recordWeakPassword', { action: 'warn', score: estimate?.score, failed }).catch(() => undefined);
          }
        } else if (p.official) {
          void sendMessage('rememberOfficialPassword', { password: field.value }).catch(() => undefined);
        }
      } else if (role === 'current' && field.value && p.official) {
        void sendMessage('rememberOfficialPassword', { password: field.value }).catch(() => undefined);
      }
    }
  }

  for (const type of ['focusin', 'input', 'focusout']) {
    ctx.addEventListener(window, type as 'input', (event) => void onPasswordEvent(event), { capture: true });
  }
  ctx.addEventListener(window, 'submit', (event) => {
    const form = event.composedPath()[0];
    if (form instanceof HTMLFormElement) onSubmitAttempt(event, form);
  }, { capture: true });
  ctx.addEventListener(window, 'click', (event) => {
    const button = event.composedPath().find((node): node is Element => node instanceof Element && isButtonLike(node));
    // A button of a form is handled by its submit event; single-page apps have no form.
    if (button && !(button as HTMLButtonElement).form) onSubmitAttempt(event, containerOf(button));
  }, { capture: true });
  ctx.addEventListener(window, 'keydown', (event) => {
    const field = passwordFieldOf(event);
    if (event.key === 'Enter' && field && !field.form) onSubmitAttempt(event, containerOf(field));
  }, { capture: true });
  ctx.onInvalidated(() => {
    meter.hide();
    alarm.hide();
  });
}
