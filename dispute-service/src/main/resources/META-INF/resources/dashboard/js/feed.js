// The live feed: every event as it happens, newest first, one line each.
import { h } from './dom.js';
import { clock, humanize, money, shortId } from './format.js';

const LIMIT = 200;

const SUMMARIES = {
  IssueReported: (d) => `${humanize(d.reason)} · ${d.itemTitle || d.itemId} · paid ${money(d.amountPaid)}`,
  EvidenceAdded: (d) => `${(d.evidence || []).length} file(s) added`,
  CaseWithdrawn: () => 'the buyer withdrew the case',
  ConversationOpened: () => 'conversation with the seller opened',
  MessagePosted: (d) => `${humanize(d.authorRole)}: ${truncate(d.body, 70)}`,
  OfferMade: (d) => `${humanize(d.offerType)}${d.amount ? ` ${money(d.amount)}` : ''}`,
  OfferRejected: () => 'the buyer rejected the offer',
  SellerDeclined: () => 'the seller declined',
  BuyerEscalated: () => 'the buyer escalated to the platform',
  SellerReminder: () => 'the seller was reminded',
  SellerUnresponsive: () => 'the seller did not answer in time',
  DisputeOpened: (d) => `${humanize(d.trigger)} · ${humanize(d.reason)}`,
  DisputeOverdue: () => 'the decision deadline passed',
  FollowUpPosted: () => 'a party followed up',
  AppealFiled: () => 'a party appealed the decision',
  InformationRequested: () => 'an agent asked a party',
  StatementSubmitted: () => 'a party answered',
  DecisionMade: (d) => `${humanize(d.outcome)}${d.refundAmount ? ` ${money(d.refundAmount)}` : ''} by ${d.decidedBy}`,
  SettlementAgreed: (d) => `settled: ${humanize(d.offerType)}`,
  RefundIssued: (d) => `${money(d.amount)} refunded${d.destination ? ` to ${humanize(d.destination)}` : ''}`,
  RefundFailed: (d) => `refund failed${d.reason ? `: ${d.reason}` : ''}`,
};

function truncate(text, length) {
  return text && text.length > length ? `${text.slice(0, length - 1)}…` : text || '';
}

export function summary(event) {
  const describe = SUMMARIES[event.type];
  try {
    return describe ? describe(event.data || {}) : '';
  } catch {
    return '';
  }
}

export class Feed {
  constructor(root, onOpenCase) {
    this.root = root;
    this.onOpenCase = onOpenCase;
  }

  add(event) {
    const item = h('li', {
      dataset: { type: event.type, caseId: event.caseId, position: event.position },
      tabindex: 0,
      title: `case ${event.caseId} · event ${event.eventId}`,
      onclick: () => this.onOpenCase(event.caseId),
      onkeydown: (key) => key.key === 'Enter' && this.onOpenCase(event.caseId),
    },
    h('time', { datetime: event.occurredAt }, clock(event.occurredAt)),
    h('span', { class: 'type' }, event.type), ' ',
    h('span', { class: 'muted' }, `case ${shortId(event.caseId)}`),
    h('div', {}, summary(event)));
    this.root.prepend(item);
    while (this.root.children.length > LIMIT) this.root.lastElementChild.remove();
  }
}
