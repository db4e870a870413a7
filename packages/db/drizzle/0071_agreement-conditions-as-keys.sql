-- Hand-written data migration (task walk2, follow-up of 17d4eef): agreements made before 17d4eef
-- hold the ISP's conditions as the English sentences describeCondition wrote (unchanged since the
-- ISP vocabulary was written), so they were shown in English to every reader. The sentences map
-- one to one to the stable keys agreements now store (`suppress-below-n:5`,
-- `aggregate-to-level:adm2`, `no-onward-sharing`), which each reader sees in their language. The
-- demo's own "No onward sharing without written authorisation of the provider" became
-- `no-onward-sharing` in the same commit and is rewritten too. Any other text (a provider's own
-- condition) is left as written; the order of the conditions is kept.
WITH sentence (text, key) AS (
  VALUES
    ('Aggregate to ADM0 (country) or higher', 'aggregate-to-level:adm0'),
    ('Aggregate to ADM1 (region / province / state) or higher', 'aggregate-to-level:adm1'),
    ('Aggregate to ADM2 (district) or higher', 'aggregate-to-level:adm2'),
    ('Aggregate to ADM3 (sub-district) or higher', 'aggregate-to-level:adm3'),
    ('Aggregate to ADM4 or higher', 'aggregate-to-level:adm4'),
    ('Aggregate to ADM5 or higher', 'aggregate-to-level:adm5'),
    ('Aggregate to Site or higher', 'aggregate-to-level:site'),
    ('Aggregate to Household or higher', 'aggregate-to-level:household'),
    ('Aggregate to Individual or higher', 'aggregate-to-level:individual'),
    ('Remove partner names', 'remove-partner-names'),
    ('Pseudonymise partner names', 'pseudonymise-partner-names'),
    ('Remove personal names', 'remove-names'),
    ('Remove coordinates', 'remove-coordinates'),
    ('Consent required', 'consent-required'),
    ('Disclosure control required', 'disclosure-control-required'),
    ('No onward sharing', 'no-onward-sharing'),
    ('No onward sharing without written authorisation of the provider', 'no-onward-sharing'),
    ('Embed the agreement reference', 'embed-agreement-reference')
),
rewritten AS (
  SELECT a.id,
    jsonb_agg(
      CASE
        WHEN c.text ~ '^Suppress cells with a count below (0|[1-9][0-9]*)$'
          THEN 'suppress-below-n:' || substring(c.text FROM '([0-9]+)$')
        ELSE coalesce(s.key, c.text)
      END
      ORDER BY c.i
    ) AS conditions
  FROM agreements a
  CROSS JOIN LATERAL jsonb_array_elements_text(a.conditions) WITH ORDINALITY AS c(text, i)
  LEFT JOIN sentence s ON s.text = c.text
  WHERE jsonb_typeof(a.conditions) = 'array' AND jsonb_array_length(a.conditions) > 0
  GROUP BY a.id
)
UPDATE agreements a
SET conditions = r.conditions
FROM rewritten r
WHERE a.id = r.id AND a.conditions IS DISTINCT FROM r.conditions;
