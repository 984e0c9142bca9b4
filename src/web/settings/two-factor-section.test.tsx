// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminMe } from '../test-fixtures.js';
import { renderApp } from '../test-utils.js';
import { TwoFactorSection } from './two-factor-section.js';

type Answer = [number, unknown];

/** Answers queued per "METHOD /path" (the last one repeats); records the bodies sent. */
function server(routes: Record<string, Answer[]>) {
  const sent: Record<string, unknown[]> = {};
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${new URL(String(input), 'http://localhost').pathname}`;
    (sent[key] ??= []).push(init?.body ? JSON.parse(String(init.body)) : undefined);
    const queue = routes[key] ?? [[404, { error: { code: 'not-found', message: key } }]];
    const [status, body] = queue.length > 1 ? queue.shift()! : queue[0]!;
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  return sent;
}

const off = { twoFactor: { enabled: false, setupPending: false, recoveryCodesLeft: 0 }, organisationRequiresTwoFactor: false, setupRequired: false };
const on = { ...off, twoFactor: { enabled: true, setupPending: false, recoveryCodesLeft: 10 } };
const codes = Array.from({ length: 10 }, (_, i) => `abcd${i}-EFGH${i}`);
const setup = { otpauthUri: 'otpauth://totp/UPR%20Advocate:aigerim%40example.org?secret=GEZDGNBV&issuer=UPR+Advocate', manualKey: 'GEZDGNBV', qrCode: 'data:image/svg+xml;base64,PHN2Zy8+' };

describe('TwoFactorSection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sets up with the password, the QR code and a first code, then shows the recovery codes once', async () => {
    const sent = server({
      'GET /api/account/security': [[200, off], [200, on]],
      'POST /api/account/two-factor/setup': [[422, { error: { code: 'password-wrong', message: 'wrong' } }], [200, setup]],
      'POST /api/account/two-factor/confirm': [[422, { error: { code: 'two-factor-code-invalid', message: 'wrong' } }], [200, { recoveryCodes: codes }]],
    });
    renderApp(<TwoFactorSection />, { me: adminMe });
    fireEvent.click(await screen.findByRole('button', { name: 'Set up two-step sign-in' }));
    const password = screen.getByLabelText('Your password', { exact: false, selector: 'input' });
    fireEvent.change(password, { target: { value: 'not it' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('The password is not right.')).toBeTruthy();
    fireEvent.change(password, { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

    const qr = await screen.findByRole('img', { name: 'QR code that adds UPR Advocate to an authenticator app' });
    expect(qr.getAttribute('src')).toBe(setup.qrCode);
    expect((screen.getByLabelText('Cannot scan? Type this key into the app') as HTMLInputElement).value).toBe('GEZDGNBV');
    const code = screen.getByLabelText('Code from the app', { exact: false, selector: 'input' });
    fireEvent.change(code, { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-step sign-in' }));
    expect(await screen.findByText('Type the 6 digits the app shows.')).toBeTruthy();
    fireEvent.change(code, { target: { value: '123 456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-step sign-in' }));
    expect(await screen.findByText(/This code is not right/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-step sign-in' }));

    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(codes);
    expect(sent['POST /api/account/two-factor/setup']).toEqual([{ password: 'not it' }, { password: 'correct horse battery' }]);
    expect(sent['POST /api/account/two-factor/confirm']).toEqual([{ code: '123456' }, { code: '123456' }]);
    fireEvent.click(screen.getByRole('button', { name: 'I have saved the codes' }));
    expect(screen.queryByRole('list', { name: 'Recovery codes' })).toBeNull();
    expect(await screen.findByText('Unused recovery codes: 10')).toBeTruthy();
  }, 20_000);

  it('hides "turn off" when the organisation requires two-step sign-in', async () => {
    server({ 'GET /api/account/security': [[200, { ...on, organisationRequiresTwoFactor: true }]] });
    renderApp(<TwoFactorSection />, { me: adminMe });
    expect(await screen.findByText('Your organisation requires it, so it cannot be turned off.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Turn off two-step sign-in' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Make new recovery codes' })).toBeTruthy();
  });
});
