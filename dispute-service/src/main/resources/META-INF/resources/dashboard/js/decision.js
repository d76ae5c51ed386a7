// The decision form: outcome, amount (partial refunds) and rationale. Errors the API returns are shown next
// to the field they name; the Idempotency-Key stays the same while the same decision is retried.
import { h } from './dom.js';
import { fractionDigits, humanize, money, toMinorUnits } from './format.js';

const OUTCOMES = ['FULL_REFUND', 'PARTIAL_REFUND', 'REPLACEMENT', 'REJECTED'];
const FIELDS = ['outcome', 'amount', 'rationale'];

function fieldOf(violation) {
  const root = String(violation.field || '').split(/[.[]/)[0];
  return FIELDS.includes(root) ? root : null;
}

export class DecisionForm {
  constructor(dispute, submit) {
    this.dispute = dispute;
    this.submit = submit;
    this.attempt = null;
    this.node = this.build();
  }

  build() {
    const paid = this.dispute.amountPaid;
    const step = (1 / 10 ** fractionDigits(paid.currency)).toFixed(fractionDigits(paid.currency));
    this.outcome = h('select', { id: 'outcome', name: 'outcome', 'aria-describedby': 'outcome-error' },
      h('option', { value: '' }, 'Choose…'),
      OUTCOMES.map((outcome) => h('option', { value: outcome }, humanize(outcome))));
    this.amount = h('input', { id: 'amount', name: 'amount', inputmode: 'decimal', autocomplete: 'off',
      placeholder: `e.g. ${step}`, 'aria-describedby': 'amount-hint amount-error' });
    this.rationale = h('textarea', { id: 'rationale', name: 'rationale', rows: 4, maxlength: 4000,
      'aria-describedby': 'rationale-error', placeholder: 'What the buyer and the seller will read' });
    this.amountField = h('div', { class: 'field', dataset: { field: 'amount' } },
      h('label', { for: 'amount' }, `Amount (${paid.currency})`),
      h('div', { class: 'row' }, this.amount, h('span', { id: 'amount-hint', class: 'muted' },
        `paid ${money(paid)}`)),
      h('p', { id: 'amount-error', class: 'field-error', role: 'alert' }));
    this.formError = h('p', { id: 'form-error', class: 'form-error', role: 'alert', hidden: true });
    this.formOk = h('p', { id: 'form-ok', class: 'form-ok', role: 'status', hidden: true });
    this.button = h('button', { id: 'decide', type: 'submit' },
      this.dispute.status === 'APPEALED' ? 'Decide the appeal' : 'Decide');
    this.outcome.addEventListener('change', () => this.showAmount());
    const form = h('form', { id: 'decision-form', class: 'decision', novalidate: true,
      'aria-labelledby': 'decision-title', onsubmit: (event) => this.send(event) },
    h('h3', { id: 'decision-title' }, 'Decision'),
    h('div', { class: 'field', dataset: { field: 'outcome' } }, h('label', { for: 'outcome' }, 'Outcome'),
      this.outcome, h('p', { id: 'outcome-error', class: 'field-error', role: 'alert' })),
    this.amountField,
    h('div', { class: 'field', dataset: { field: 'rationale' } }, h('label', { for: 'rationale' }, 'Rationale'),
      this.rationale, h('p', { id: 'rationale-error', class: 'field-error', role: 'alert' })),
    this.formError, this.formOk,
    h('div', { class: 'row' }, this.button));
    this.showAmount();
    return form;
  }

  showAmount() {
    this.amountField.hidden = this.outcome.value !== 'PARTIAL_REFUND';
  }

  focus() {
    this.outcome.focus();
  }

  body() {
    const body = { outcome: this.outcome.value || null, rationale: this.rationale.value };
    if (this.outcome.value === 'PARTIAL_REFUND' && this.amount.value.trim() !== '') {
      const minorUnits = toMinorUnits(this.amount.value, this.dispute.amountPaid.currency);
      if (minorUnits === null) return { error: { field: 'amount', message: 'must be an amount such as 12.50' } };
      body.amount = { minorUnits, currency: this.dispute.amountPaid.currency };
    }
    return { body };
  }

  async send(event) {
    event.preventDefault();
    this.clear();
    const { body, error } = this.body();
    if (error) return this.show([error]);
    const json = JSON.stringify(body);
    if (!this.attempt || this.attempt.json !== json) this.attempt = { json, key: crypto.randomUUID() };
    this.button.disabled = true;
    try {
      const decision = await this.submit(body, this.attempt.key);
      this.formOk.textContent = `Decided: ${humanize(decision.outcome)}`
        + `${decision.refundAmount ? `, ${money(decision.refundAmount)} to refund` : ''}.`;
      this.formOk.hidden = false;
    } catch (failure) {
      if (failure.violations?.length) this.show(failure.violations);
      else this.showForm(failure.message || 'The decision could not be sent; try again.');
    } finally {
      this.button.disabled = false;
    }
  }

  show(violations) {
    const general = [];
    for (const violation of violations) {
      const field = fieldOf(violation);
      if (!field) {
        general.push(`${violation.field} ${violation.message}`);
        continue;
      }
      const box = this.node.querySelector(`[data-field="${field}"]`);
      box.classList.add('invalid');
      box.hidden = false;
      const note = this.node.querySelector(`#${field}-error`);
      note.textContent = [note.textContent, violation.message].filter(Boolean).join('; ');
      this.node.querySelector(`#${field}`).setAttribute('aria-invalid', 'true');
    }
    if (general.length) this.showForm(general.join('; '));
    const first = this.node.querySelector('[aria-invalid="true"]');
    first?.focus();
  }

  showForm(message) {
    this.formError.textContent = message;
    this.formError.hidden = false;
  }

  clear() {
    this.formError.hidden = true;
    this.formOk.hidden = true;
    for (const field of FIELDS) {
      this.node.querySelector(`[data-field="${field}"]`).classList.remove('invalid');
      this.node.querySelector(`#${field}-error`).textContent = '';
      this.node.querySelector(`#${field}`).removeAttribute('aria-invalid');
    }
  }
}
