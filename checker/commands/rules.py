"""`checker rules`: list the extraction rules, or show one with its examples."""

from __future__ import annotations

from checker.claims import registry


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("rules", help="list the extraction rules")
    parser.add_argument("rule", nargs="?", help="a rule id or name to show in full, with its examples")
    parser.set_defaults(run=run)


def run(args) -> int:
    rules = registry()
    if not args.rule:
        for rule in rules:
            print(f"{rule.id}  {rule.name:<22} {rule.summary}")
        return 0
    chosen = [r for r in rules if args.rule in (r.id, r.name)]
    if not chosen:
        from checker.errors import InputError

        raise InputError(args.rule, "no such rule (see `checker rules`)")
    rule = chosen[0]
    print(f"{rule.id}  {rule.name}\n\n{rule.doc.strip()}\n\nExamples:")
    for example in rule.examples:
        verdict = "finds " + "; ".join(str(e) for e in example.expect) if example.expect else "finds nothing"
        print(f"  {example.text!r}\n    -> {verdict}" + (f"  ({example.note})" if example.note else ""))
    return 0
