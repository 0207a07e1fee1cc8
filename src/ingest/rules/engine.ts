// The rule engine: runs every registered rule over a document and collects what they read. This is
// the only loop over sentences and tokens in the relation stage; rules read locally from where they
// fire. Word triggers are looked up in one table, so the cost per token does not grow with the
// number of rules.
import { type AnalysedSentence } from '../03-mentions.js';
import { type EntityDraft } from '../04-entities.js';
import { type ReadContext } from '../context.js';
import { RULES, type RuleName } from './registry.js';
import { type Rule, type RuleInput } from './rule.js';
import { RelationSink } from './sink.js';

type AnyRule = (typeof RULES)[number];

interface Schedule {
  readonly byWord: Map<string, AnyRule[]>;
  readonly atMention: AnyRule[];
  readonly atToken: AnyRule[];
  readonly atStart: AnyRule[];
  readonly atEnd: AnyRule[];
}

/** Rules sorted by where they fire, built once. */
function schedule(rules: readonly AnyRule[]): Schedule {
  const out: Schedule = { byWord: new Map(), atMention: [], atToken: [], atStart: [], atEnd: [] };
  for (const rule of rules) {
    const t = rule.triggers;
    if (t === 'mention') out.atMention.push(rule);
    else if (t === 'token') out.atToken.push(rule);
    else if (t === 'document-start') out.atStart.push(rule);
    else if (t === 'document-end') out.atEnd.push(rule);
    else for (const word of new Set(t)) out.byWord.set(word, [...(out.byWord.get(word) ?? []), rule]);
  }
  return out;
}

const SCHEDULE = schedule(RULES);

/** Run one rule at one place and put its claims in the sink. */
function fire(rule: Rule<RuleName>, input: RuleInput, sink: RelationSink, s: AnalysedSentence, at: number): void {
  for (const claim of rule.read(input, s, at)) {
    if (!claim.subject || !claim.object) continue;
    sink.add({
      subject: claim.subject,
      object: claim.object,
      predicate: claim.predicate ?? rule.predicate,
      ...(claim.role ? { role: claim.role } : {}),
      rule: rule.name,
      confidence: claim.confidence ?? rule.confidence,
      sentence: claim.sentence ?? s,
    });
  }
}

/** Every relation the registered rules read in the document, in the sink. */
export function runRules(ctx: ReadContext, dominant: EntityDraft | undefined, sink: RelationSink = new RelationSink(ctx)): RelationSink {
  const input: RuleInput = { ctx, known: sink, memory: new Map(), dominant };
  const first = ctx.sentences[0];
  if (!first) return sink;
  for (const rule of SCHEDULE.atStart) fire(rule, input, sink, first, 0);
  for (const s of ctx.sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      for (const rule of SCHEDULE.atToken) fire(rule, input, sink, s, i);
      for (const rule of SCHEDULE.byWord.get(s.tokens[i]?.lower ?? '') ?? []) fire(rule, input, sink, s, i);
    }
    for (const m of s.mentions) {
      if (!ctx.resolution.entityOf(m)) continue;
      for (const rule of SCHEDULE.atMention) fire(rule, input, sink, s, m.first);
    }
  }
  for (const rule of SCHEDULE.atEnd) fire(rule, input, sink, first, 0);
  return sink;
}
