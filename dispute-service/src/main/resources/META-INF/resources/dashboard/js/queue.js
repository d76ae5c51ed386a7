// The queue: disputes awaiting a decision, overdue first then by deadline, each with a live countdown.
import { h } from './dom.js';
import { countdown, label, money, shortId } from './format.js';

export class Queue {
  constructor(root, emptyNote, countNode, onOpen) {
    this.root = root;
    this.emptyNote = emptyNote;
    this.countNode = countNode;
    this.onOpen = onOpen;
    this.known = null;
    this.selected = null;
    root.addEventListener('keydown', (key) => this.move(key));
  }

  render(disputes) {
    const focused = document.activeElement?.closest('li')?.dataset.disputeId;
    const fresh = this.known ? disputes.filter((d) => !this.known.has(d.disputeId)).map((d) => d.disputeId) : [];
    this.known = new Set(disputes.map((d) => d.disputeId));
    this.root.replaceChildren(...disputes.map((dispute) => this.row(dispute, fresh.includes(dispute.disputeId))));
    this.emptyNote.hidden = disputes.length > 0;
    this.countNode.textContent = `(${disputes.length})`;
    this.tick();
    const again = focused && this.root.querySelector(`li[data-dispute-id="${focused}"] button`);
    if (again) again.focus();
  }

  row(dispute, fresh) {
    const classes = [dispute.disputeId === this.selected ? 'selected' : '', fresh ? 'fresh' : ''].join(' ').trim();
    return h('li', { class: classes || null, dataset: { disputeId: dispute.disputeId, caseId: dispute.caseId,
      due: dispute.decisionDueAt, flagged: dispute.overdue ? 'true' : 'false' } },
    h('button', { type: 'button', onclick: () => this.onOpen(dispute.disputeId),
      'aria-current': dispute.disputeId === this.selected ? 'true' : null },
    h('span', { class: 'title' }, `${dispute.itemTitle || dispute.itemId} · ${money(dispute.amountPaid)}`),
    h('span', { class: 'due' }),
    h('span', { class: 'sub' }, `${label(dispute.reason)} · buyer ${dispute.buyerId} · ${label(dispute.trigger)}`),
    h('span', { class: 'sub' }, `case ${shortId(dispute.caseId)} · ${dispute.orderId}`),
    h('span', { class: 'sub' }, dispute.assignee ? `@${dispute.assignee}` : 'unassigned',
      dispute.priority > 0 ? ` · priority ${dispute.priority}` : '')));
  }

  // Called every second: countdowns move and a dispute turns red when its deadline passes.
  tick(now = Date.now()) {
    for (const item of this.root.children) {
      const { text, overdue } = countdown(item.dataset.due, now);
      const late = overdue || item.dataset.flagged === 'true';
      item.querySelector('.due').textContent = text;
      item.classList.toggle('overdue', late);
    }
  }

  select(disputeId) {
    this.selected = disputeId;
    for (const item of this.root.children) {
      const on = item.dataset.disputeId === disputeId;
      item.classList.toggle('selected', on);
      const button = item.querySelector('button');
      if (on) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
  }

  focusSelected() {
    const item = this.root.querySelector('li.selected button') || this.root.querySelector('li button');
    item?.focus();
  }

  move(key) {
    if (key.key !== 'ArrowDown' && key.key !== 'ArrowUp') return;
    const item = document.activeElement?.closest('li');
    if (!item) return;
    const next = key.key === 'ArrowDown' ? item.nextElementSibling : item.previousElementSibling;
    next?.querySelector('button').focus();
    key.preventDefault();
  }
}
