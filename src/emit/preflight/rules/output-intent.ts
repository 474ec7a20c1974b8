/** The output intent: one `GTS_PDFX` intent naming its condition, with an embedded CMYK profile. */
import type { PreflightRule } from '../rule.js';

export const outputIntentRule: PreflightRule = (facts) => {
  const rule = 'output-intent';
  const intents = facts.outputIntents.filter((intent) => intent.subtype === 'GTS_PDFX');
  if (intents.length === 0)
    return [
      {
        rule,
        severity: 'error',
        message: 'Unexpected PDF without a GTS_PDFX output intent, expected one with a CMYK profile',
      },
    ];
  if (intents.length > 1)
    return [{ rule, severity: 'error', message: `Unexpected ${intents.length} GTS_PDFX output intents, expected one` }];
  const [intent] = intents;
  if (!intent.identifier)
    return [
      {
        rule,
        severity: 'error',
        message: "Unexpected output intent without OutputConditionIdentifier, expected the printing condition's name",
      },
    ];
  if (intent.profileComponents === undefined && intent.identifier === 'Custom')
    return [
      {
        rule,
        severity: 'error',
        message: 'Unexpected custom output intent without DestOutputProfile, expected the ICC profile embedded',
      },
    ];
  if (intent.profileComponents !== undefined && intent.profileComponents !== 4)
    return [
      {
        rule,
        severity: 'error',
        message: `Unexpected output profile with ${intent.profileComponents} components, expected a CMYK profile (4)`,
      },
    ];
  return [
    {
      rule,
      severity: 'info',
      message:
        `output intent: ${intent.condition ?? intent.identifier}` +
        `${intent.profileComponents ? ' (CMYK profile embedded)' : ''}`,
    },
  ];
};
