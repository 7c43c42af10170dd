import { ticketReference, type HandoffReason } from '../escalation/handoff-tickets.js';
import { render } from '../replies/render.js';
import type { SkillOutcome, Turn } from './turn.js';
import type { ChitchatTopic, Command } from './commands.js';
import type { FlowFrame } from './dialogue-state.js';
import type { FlowDefinition, FlowSkill, FlowStep, FlowTool } from './flow-definition.js';
import type { FlowName } from './flow-names.js';
import { CONVERSATION_SLOTS, type SlotName, type SlotValues } from './slots.js';
import { outcome } from './skills/outcome.js';
import { handoffAcknowledgement } from './skills/small-talk.js';

/** Turns after a handoff in which "leave it, I'll keep it" withdraws the request handed over. */
export const WITHDRAWAL_TURNS = 2;

/** Turns a flow may stop without progress (the same question again and again) before a person takes over. */
export const MAX_STALLS = 3;

/** What a tool tells the engine to do next. */
export type StepResult =
  | { kind: 'next' }
  /** Ask the customer for `slot`; the flow waits for it. */
  | { kind: 'ask'; slot: SlotName; reply: SkillOutcome }
  /** Ask the customer to confirm this exact consequence; a yes to this fingerprint lets the flow go on. */
  | { kind: 'confirm'; fingerprint: string; reply: SkillOutcome }
  /** Wait for something that is not a slot (a photo); the flow runs again on the next message. */
  | { kind: 'wait'; reply: SkillOutcome }
  /** The flow is over, with this reply (and a person when `escalate`). */
  | { kind: 'end'; reply: SkillOutcome }
  /** Another flow takes over with the same slots (a damage claim on an unshipped order → cancellation). */
  | { kind: 'switch'; flow: FlowName; reply: SkillOutcome };

/** What a tool or skill sees of the flow it runs in. */
export interface StepContext {
  /** The turn the request was made in (one clause of a multi-request message, or the current message). */
  turn: Turn;
  frame: FlowFrame;
  slot<K extends SlotName>(name: K): SlotValues[K];
  setSlot<K extends SlotName>(name: K, value: SlotValues[K] | undefined): void;
  /** Values tools share within one run of a flow (the loaded order), never stored. */
  scratch: Map<string, unknown>;
}

export type ToolRun = (context: StepContext) => Promise<StepResult>;
export type SkillRun = (context: StepContext) => Promise<SkillOutcome>;

export interface FlowRuntime {
  flows: { readonly [F in FlowName]: FlowDefinition };
  tools: { readonly [T in FlowTool]: ToolRun };
  skills: { readonly [S in FlowSkill]: SkillRun };
  /** The turn for one clause of the message ("do you have rain jackets"), understood on its own. */
  clauseTurn(turn: Turn, text: string): Promise<Turn>;
  /** Small talk and the engine's own replies (greeting, not understood…), outside any flow. */
  chitchat(turn: Turn, topic: ChitchatTopic): SkillOutcome;
}

/** A person takes over: why, and the flow (with its slots) the ticket carries. */
export interface Escalation {
  reason: HandoffReason;
  flow?: { name: FlowName; slots: SlotValues };
}

export interface EngineResult {
  parts: SkillOutcome[];
  escalation?: Escalation;
  /** Nothing in the message could be acted on (feeds the repeated-misunderstanding rule). */
  misunderstood: boolean;
  /** Flows that ran this turn, in order (for the record and analytics). */
  ran: FlowName[];
  /**
   * The customer dropped a request already handed to a person ("no, leave it, I'll keep it" after the
   * handoff): the live ticket must say so, or the person would still carry it out.
   */
  withdrawn?: { ticketId: string };
}

/**
 * Runs commands against the declared flows (Rasa CALM's flow executor). The dialogue state's stack holds
 * the running flows; a command proposes, the flow decides: a `confirm` confirms only a pending
 * confirmation, and only the consequence the customer was shown (its fingerprint). Each run of a flow
 * replays its steps from the start over the slots collected so far, so a corrected slot is used by every
 * step after it and volatile facts are read live every time.
 */
/** Commands that make a request of their own (several may come from one message). */
const REQUESTS = new Set<Command['kind']>(['start_flow', 'search', 'knowledge']);

export class FlowEngine {
  constructor(private readonly runtime: FlowRuntime) {}

  async run(commands: readonly Command[], turn: Turn): Promise<EngineResult> {
    return new TurnRun(this.runtime, turn).run(commands);
  }
}

class TurnRun {
  private readonly parts: SkillOutcome[] = [];
  private escalation: Escalation | undefined;
  private misunderstood = false;
  private readonly ran: FlowName[] = [];
  private withdrawn: { ticketId: string } | undefined;
  /** Frames whose slots changed this turn (progress: not a stall). */
  private readonly progressed = new Set<FlowFrame>();
  /** Frames started this turn, with the clause they were started from. */
  private readonly startedNow = new Map<FlowFrame, string | undefined>();
  private readonly driven = new Set<FlowFrame>();

  constructor(
    private readonly runtime: FlowRuntime,
    private readonly turn: Turn,
  ) {}

  private get stack(): FlowFrame[] {
    return this.turn.state.flows;
  }

  private get top(): FlowFrame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private get locale() {
    return this.turn.store.locale;
  }

  async run(commands: readonly Command[]): Promise<EngineResult> {
    let pendingDrive: FlowFrame | undefined;
    for (const command of this.answersFirst(commands)) {
      // Once a person takes over, only what is answered by reading still is ("cancel order 3 and send
      // me the tracking for order 2": the tracking, besides the cancellation handed to a colleague).
      if (this.escalation && !this.readsOnly(command)) continue;
      pendingDrive = await this.apply(command, pendingDrive);
    }
    if (
      pendingDrive &&
      !this.escalation &&
      this.stack.includes(pendingDrive) &&
      !this.driven.has(pendingDrive)
    )
      await this.drive(pendingDrive);
    return {
      parts: this.parts,
      ...(this.escalation ? { escalation: this.escalation } : {}),
      misunderstood: this.misunderstood,
      ran: this.ran,
      ...(this.withdrawn ? { withdrawn: this.withdrawn } : {}),
    };
  }

  /**
   * A no or "leave it" with nothing under way, in a conversation handed to a person: the request the
   * person has is withdrawn; that is noted on its ticket and the customer told so. False when no ticket.
   */
  private withdraw(): boolean {
    const ticket = this.turn.state.escalation;
    // Soon after the handoff (a "yes" or "ok" may come between), and a change of mind ("leave it",
    // "I'll keep it"), not a "no thanks".
    const soon = ticket?.turn !== undefined && this.turn.state.turns - ticket.turn <= WITHDRAWAL_TURNS;
    if (!ticket || !soon || !this.turn.understanding.flags.changeOfMind) return false;
    this.withdrawn = { ticketId: ticket.ticketId };
    this.say(outcome(render('handoff_withdrawn', this.locale, { ticket: ticketReference(ticket.ticketId) })));
    return true;
  }

  /**
   * "where is my order, and what's your return policy?": of several requests in one message, those that
   * are answered at once (a policy, a search, a product question) come first, so a question another
   * request must ask ("which order?", "shall I go ahead?") ends the reply instead of holding them back.
   * Otherwise the order they were made in.
   */
  private answersFirst(commands: readonly Command[]): readonly Command[] {
    const requests = commands.filter((c) => REQUESTS.has(c.kind));
    if (requests.length < 2 || requests.length !== commands.filter((c) => c.kind !== 'chitchat').length)
      return commands;
    const atOnce = (c: Command): boolean => {
      const flow = flowOf(c);
      return flow !== undefined && this.runtime.flows[flow].steps.every((s) => s.kind === 'reply');
    };
    return [...commands.filter(atOnce), ...commands.filter((c) => !atOnce(c))];
  }

  /** A request answered by reading only (a status, a list, a policy, a search): no action, no person. */
  private readsOnly(command: Command): boolean {
    const flow = flowOf(command);
    if (flow === undefined) return false;
    const definition = this.runtime.flows[flow];
    return (
      !definition.consequential &&
      definition.steps.every((s) => s.kind !== 'hand_off' && s.kind !== 'collect')
    );
  }

  /** Applies one command; returns the frame that must run once every command is applied. */
  private async apply(command: Command, pendingDrive: FlowFrame | undefined): Promise<FlowFrame | undefined> {
    const top = this.top;
    switch (command.kind) {
      case 'start_flow':
        await this.start(command.flow, command.slots ?? {}, command.utterance);
        return pendingDrive;
      case 'search':
        await this.start('find_products', {}, command.utterance ?? command.query);
        return pendingDrive;
      case 'knowledge':
        await this.start('policy_question', {}, command.utterance);
        return pendingDrive;
      case 'set_slots':
      case 'correct_slots': {
        if (!top) {
          // "and order 000000003?" after an answer: the same request for another order.
          if (command.slots.order && this.turn.state.lastFlow) {
            await this.start(this.turn.state.lastFlow, command.slots, undefined);
            return pendingDrive;
          }
          this.say(outcome(render('affirm_nothing_pending', this.locale)));
          return pendingDrive;
        }
        this.fill(top, command.slots, command.kind === 'correct_slots');
        return top;
      }
      case 'confirm':
        if (top?.pending?.kind === 'confirm') {
          top.confirmed = top.pending.fingerprint;
          this.progressed.add(top);
          return top;
        }
        if (!top || this.driven.has(top)) this.say(outcome(render('affirm_nothing_pending', this.locale)));
        return top ?? pendingDrive;
      case 'deny':
        if (top?.pending) {
          this.end(top);
          this.say(outcome(render('deny_ack', this.locale)));
          return this.top;
        }
        if (!this.withdraw()) this.say(outcome(render('deny_nothing_pending', this.locale)));
        return pendingDrive;
      case 'cancel_flow':
        if (top) {
          this.end(top);
          this.say(outcome(render('cancel_flow_ack', this.locale)));
          return this.top;
        }
        if (!this.withdraw()) this.say(outcome(render('deny_nothing_pending', this.locale)));
        return pendingDrive;
      case 'clarify':
        this.say(this.clarify(command.options));
        return pendingDrive;
      case 'chitchat':
        // Small talk before a request in the same message is dropped ("hi, I'd like to return…").
        if (command.topic !== 'greeting' || this.parts.length === 0)
          this.say(this.runtime.chitchat(this.turn, command.topic));
        return pendingDrive;
      case 'hand_off':
        this.handOff(command.reason, top);
        // An apology for a complaint, who handles a privacy request or a quote; the service announces the handoff.
        this.say(handoffAcknowledgement(this.turn, command.reason));
        return pendingDrive;
      case 'out_of_scope':
        this.say(outcome(render('out_of_scope', this.locale)));
        return pendingDrive;
      case 'unsupported_language':
        this.say(outcome(render('unsupported_language', this.locale), { quickReplies: [this.talk()] }));
        return pendingDrive;
      case 'not_understood':
        this.misunderstood = true;
        this.say(outcome(render('not_understood', this.locale), { quickReplies: [this.talk()] }));
        return pendingDrive;
      default:
        return assertNever(command);
    }
  }

  private async start(flow: FlowName, slots: SlotValues, utterance: string | undefined): Promise<void> {
    const top = this.top;
    if (top && top.flow === flow) {
      this.fill(top, slots, false);
      if (utterance !== undefined) this.startedNow.set(top, utterance);
      if (!this.driven.has(top)) await this.drive(top);
      return;
    }
    const frame: FlowFrame = {
      flow,
      slots: {},
      stalls: 0,
      utterance: (utterance ?? this.turn.text).slice(0, 2000),
    };
    this.fill(frame, slots, false);
    this.startedNow.set(frame, utterance);
    const definition = this.runtime.flows[flow];
    if (top && this.driven.has(top) && top.pending) {
      // A second request in the same message waits until the first one is done.
      this.stack.splice(this.stack.length - 1, 0, frame);
      return;
    }
    // A change of mind between actions ("actually, cancel it instead") replaces the first one; a new
    // request after "which product do you mean?" leaves that question behind (it only read).
    const staleQuestion = top?.pending?.kind === 'collect' && top.pending.slot === 'products';
    if (top && ((definition.consequential && this.runtime.flows[top.flow].consequential) || staleQuestion))
      this.stack.pop();
    this.stack.push(frame);
    await this.drive(frame);
  }

  private fill(frame: FlowFrame, slots: SlotValues, correction: boolean): void {
    const names = Object.keys(slots) as SlotName[];
    if (names.length === 0) return;
    for (const name of names) {
      const value = slots[name];
      if (value === undefined) continue;
      setSlot(frame, this.turn, name, value);
      // A different order invalidates the lines chosen from the previous one.
      if (name === 'order' && correction) delete frame.slots.items;
      // Items named anew ("no, I meant the earbuds") replace the lines chosen before.
      if (name === 'item_mentions') delete frame.slots.items;
    }
    delete frame.confirmed;
    this.progressed.add(frame);
  }

  /** Runs a frame's steps from the start until one stops the turn or the flow ends. */
  private async drive(frame: FlowFrame): Promise<void> {
    this.driven.add(frame);
    if (!this.ran.includes(frame.flow)) this.ran.push(frame.flow);
    const context = await this.context(frame);
    const definition = this.runtime.flows[frame.flow];
    for (const step of definition.steps) {
      const result = await this.runStep(step, context);
      switch (result.kind) {
        case 'next':
          continue;
        case 'ask':
          return this.stop(frame, result.reply, { kind: 'collect', slot: result.slot });
        case 'confirm':
          if (frame.confirmed === result.fingerprint) continue;
          delete frame.confirmed;
          return this.stop(frame, result.reply, { kind: 'confirm', fingerprint: result.fingerprint });
        case 'wait':
          return this.stop(frame, result.reply, { kind: 'wait' });
        case 'end':
          return this.finish(frame, result.reply);
        case 'switch': {
          this.say(result.reply);
          const next: FlowFrame = { flow: result.flow, slots: { ...frame.slots }, stalls: 0 };
          this.stack.splice(this.stack.indexOf(frame), 1, next);
          this.startedNow.set(next, this.startedNow.get(frame));
          return this.drive(next);
        }
        default:
          return assertNever(result);
      }
    }
    // A flow whose last step is not a reply (an action's steps all passed): nothing more to say.
    return this.finish(frame, outcome(''));
  }

  private async runStep(step: FlowStep, context: StepContext): Promise<StepResult> {
    switch (step.kind) {
      case 'collect':
        if (context.slot(step.slot) !== undefined) return { kind: 'next' };
        return {
          kind: 'ask',
          slot: step.slot,
          reply: outcome(render(step.ask, this.locale)),
        };
      case 'call':
        return this.runtime.tools[step.tool](context);
      case 'reply': {
        const reply = await this.runtime.skills[step.skill](context);
        // A skill that needs a product named ("which product do you mean?") waits for one.
        if (reply.state.awaiting === 'product') {
          const { awaiting: _awaiting, pendingIntent: _pending, ...state } = reply.state;
          return { kind: 'ask', slot: 'products', reply: { ...reply, state } };
        }
        return { kind: 'end', reply };
      }
      case 'hand_off': {
        const said = step.say ? await this.runtime.skills[step.say](context) : outcome('');
        return { kind: 'end', reply: { ...said, escalate: step.reason } };
      }
      default:
        return assertNever(step);
    }
  }

  private async context(frame: FlowFrame): Promise<StepContext> {
    // Which words the flow's steps read: the clause it was asked in, when it was asked this turn or
    // waited in the queue since; the answer to its question otherwise ("000000123", "the earbuds").
    let turn = this.turn;
    const started = this.startedNow.has(frame);
    const clause = started ? this.startedNow.get(frame) : frame.pending ? undefined : frame.utterance;
    if (clause !== undefined && clause !== this.turn.text)
      turn = await this.runtime.clauseTurn(this.turn, clause);
    else if (
      !started &&
      frame.pending?.kind === 'collect' &&
      frame.pending.slot === 'products' &&
      frame.utterance
    )
      // The product named in answer to "which product?" completes the question asked before.
      turn = await this.runtime.clauseTurn(this.turn, `${frame.utterance} ${this.turn.text}`);
    const own = this.turn;
    return {
      turn,
      frame,
      scratch: new Map(),
      slot: (name) => readSlot(frame, own, name),
      setSlot: (name, value) => {
        if (value === undefined) {
          delete frame.slots[name];
          if (CONVERSATION_SLOTS.has(name)) delete own.state.slots[name];
          return;
        }
        setSlot(frame, own, name, value);
      },
    };
  }

  private stop(frame: FlowFrame, reply: SkillOutcome, pending: NonNullable<FlowFrame['pending']>): void {
    const asking = frame.pending !== undefined && !this.startedNow.has(frame) && !this.progressed.has(frame);
    frame.pending = pending;
    frame.stalls = asking ? frame.stalls + 1 : 0;
    if (frame.stalls >= MAX_STALLS) {
      this.end(frame);
      this.handOff('repeated_misunderstanding', frame);
      return;
    }
    this.say(reply);
  }

  private async finish(frame: FlowFrame, reply: SkillOutcome): Promise<void> {
    this.end(frame);
    if (reply.escalate) {
      this.escalation ??= { reason: reply.escalate, flow: { name: frame.flow, slots: { ...frame.slots } } };
    }
    this.say(reply);
    // The flow below resumes: an interrupted one asks its question again, a queued one starts.
    const below = this.top;
    if (below && !this.escalation && !this.driven.has(below)) await this.drive(below);
  }

  private end(frame: FlowFrame): void {
    const at = this.stack.indexOf(frame);
    if (at >= 0) this.stack.splice(at, 1);
    this.turn.state.lastFlow = frame.flow;
  }

  private handOff(reason: HandoffReason, frame: FlowFrame | undefined): void {
    this.escalation ??= {
      reason,
      ...(frame ? { flow: { name: frame.flow, slots: { ...frame.slots } } } : {}),
    };
  }

  private say(reply: SkillOutcome): void {
    if (reply.reply !== '' || reply.products.length > 0 || reply.order || reply.escalate)
      this.parts.push(reply);
    if (reply.escalate) this.escalation ??= { reason: reply.escalate };
  }

  private clarify(options: readonly FlowName[]): SkillOutcome {
    const labels = options.map((o) => render(flowLabel(o), this.locale));
    return outcome(render('clarify', this.locale, { options: labels.join(render('or', this.locale)) }), {
      quickReplies: labels.map((l) => l.charAt(0).toUpperCase() + l.slice(1)),
    });
  }

  private talk(): string {
    return render('talk_to_human', this.locale);
  }
}

function flowLabel(flow: FlowName) {
  switch (flow) {
    case 'return_items':
    case 'refund':
    case 'cancel_order':
    case 'order_status':
    case 'find_products':
    case 'policy_question':
    case 'exchange_item':
      return `flow_${flow}` as const;
    default:
      return 'flow_other' as const;
  }
}

function readSlot<K extends SlotName>(frame: FlowFrame, turn: Turn, name: K): SlotValues[K] {
  const own = (frame.slots as SlotValues)[name];
  if (own !== undefined) return own;
  return CONVERSATION_SLOTS.has(name) ? (turn.state.slots as SlotValues)[name] : undefined;
}

function setSlot<K extends SlotName>(frame: FlowFrame, turn: Turn, name: K, value: SlotValues[K]): void {
  (frame.slots as SlotValues)[name] = value;
  if (CONVERSATION_SLOTS.has(name)) (turn.state.slots as SlotValues)[name] = value;
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

/** The flow a request command runs: its own, the search's or the policy question's; none for the others. */
function flowOf(command: Command): FlowName | undefined {
  if (command.kind === 'start_flow') return command.flow;
  if (command.kind === 'search') return 'find_products';
  if (command.kind === 'knowledge') return 'policy_question';
  return undefined;
}
