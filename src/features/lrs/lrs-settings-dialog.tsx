// The LRS settings: endpoint, key and secret, kept in this browser only. "Test connection" asks the
// LRS and says its answer in words; "Save" turns sending on and sends anything waiting; "Turn off"
// removes the settings (statements already waiting stay in this browser until an LRS is set again).
import { useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/dialog';
import { testConnection, type ClientDeps } from '../../lrs/lrs-client';
import {
  clearLrsSettings,
  endpointProblem,
  loadLrsSettings,
  normaliseEndpoint,
  saveLrsSettings,
  sendsInTheClear,
  type LrsSettings,
} from '../../lrs/lrs-settings';
import { connectionInWords } from '../../lrs/lrs-words';

type Field = 'endpoint' | 'key' | 'secret';
type Test = { state: 'testing' } | { state: 'done'; ok: boolean; message: string };

const browser: ClientDeps = {
  fetch: (...args) => globalThis.fetch(...args),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const startSender = () => import('../../lrs/lrs-service').then((m) => void m.lrsOutbox().send());

export default function LrsSettingsDialog({ onClose }: { onClose(): void }) {
  const saved = useRef(loadLrsSettings().settings);
  const [values, setValues] = useState<Record<Field, string>>({
    endpoint: saved.current?.endpoint ?? '',
    key: saved.current?.key ?? '',
    secret: saved.current?.secret ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [test, setTest] = useState<Test | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  /** The settings typed, or null after marking what is missing. */
  const checked = (): LrsSettings | null => {
    const found: Partial<Record<Field, string>> = {};
    const bad = endpointProblem(values.endpoint);
    if (bad) found.endpoint = bad;
    if (values.key === '') found.key = 'Enter the key.';
    if (values.secret === '') found.secret = 'Enter the secret.';
    setErrors(found);
    if (Object.keys(found).length > 0) return null;
    return { endpoint: normaliseEndpoint(values.endpoint), key: values.key, secret: values.secret };
  };

  const runTest = async () => {
    if (test?.state === 'testing') return;
    const settings = checked();
    if (!settings) return;
    setTest({ state: 'testing' });
    const answer = await testConnection(settings, browser);
    setTest({
      state: 'done',
      ok: answer.kind === 'connected',
      message: connectionInWords(answer, settings.endpoint),
    });
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    const settings = checked();
    if (!settings) return;
    try {
      saveLrsSettings(settings);
    } catch (err) {
      setProblem(
        `The settings could not be saved (${err instanceof Error ? err.message : String(err)}).`,
      );
      return;
    }
    void startSender();
    onClose();
  };

  const turnOff = () => {
    clearLrsSettings();
    onClose();
  };

  const field = (name: Field, label: string, hint: string, type = 'text') => (
    <div className="lrs-field">
      <label htmlFor={`lrs-${name}`}>{label}</label>
      <p id={`lrs-${name}-hint`} className="lrs-hint">
        {hint}
      </p>
      {errors[name] && (
        <p id={`lrs-${name}-error`} className="lrs-error">
          {errors[name]}
        </p>
      )}
      <input
        id={`lrs-${name}`}
        ref={name === 'endpoint' ? first : undefined}
        type={type}
        autoComplete="off"
        spellCheck={false}
        value={values[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`lrs-${name}-hint${errors[name] ? ` lrs-${name}-error` : ''}`}
        onChange={(e) => {
          setValues({ ...values, [name]: e.target.value });
          setTest(null);
        }}
      />
    </div>
  );

  return (
    <Dialog
      title="Learning Record Store settings"
      onCancel={onClose}
      initialFocus={first}
      actions={
        <>
          {saved.current && (
            <button type="button" className="button button-secondary" onClick={turnOff}>
              Turn off sending
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="lrs-form" className="button">
            Save
          </button>
        </>
      }
    >
      <form id="lrs-form" className="lrs-form" onSubmit={save} noValidate>
        <p>
          Finished sessions are sent to this LRS as xAPI statements. The key and secret are kept in
          this browser only, and never go into any file you download.
        </p>
        {field(
          'endpoint',
          'Endpoint',
          'The LRS’s xAPI address, such as https://lrs.example.org/xAPI',
          'url',
        )}
        {sendsInTheClear(values.endpoint) && (
          <p className="lrs-hint">
            This address starts with http://, so the key and secret would cross the network
            unencrypted. Use https:// unless the LRS runs on this computer.
          </p>
        )}
        {field('key', 'Key', 'The username or key your college gave you.')}
        {field('secret', 'Secret', 'The password or secret that goes with the key.', 'password')}
        <div>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void runTest()}
            aria-disabled={test?.state === 'testing' || undefined}
          >
            Test connection
          </button>
        </div>
        <p role="status" className="lrs-test-result">
          {test?.state === 'testing'
            ? 'Asking the LRS…'
            : test?.state === 'done'
              ? test.message
              : ''}
        </p>
        {problem && <p role="alert">{problem}</p>}
      </form>
    </Dialog>
  );
}
