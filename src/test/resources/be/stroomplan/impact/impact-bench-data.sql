-- Five years of generated MAHO cases and KALI dossiers for ImpactBenchmark (${cases} cases, ${dossiers} dossiers),
-- run in one transaction. Every row is marked 'bench.impact' so that the benchmark deletes it afterwards.
CREATE TEMP TABLE bench_case ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, g,
       (ARRAY['SUBMITTED','SCREENING','IN_CONSULTATION','DECIDED','IN_EXECUTION','CLOSED','CLOSED','REJECTED','ON_HOLD','CLOSED'])[1 + g % 10] AS status,
       (ARRAY['STAD_ANTWERPEN','PARKET_ANTWERPEN','RSZ_SOCIALE_INSPECTIE','FOD_FINANCIEN_BBI'])[1 + g % 4] AS org,
       now() - interval '5 years' + (g * (interval '5 years' - interval '1 day') / ${cases}) AS at
FROM generate_series(1, ${cases}) g;
INSERT INTO maho_case (id, reference, title, signal, urgency, status, submitter_org, submitted_by, submitted_at)
SELECT id, 'BENCH-' || g, 'Bench case ' || g, 'generated', 'NORMAL', status, org, 'bench.impact', at FROM bench_case;
INSERT INTO case_participant (case_id, organisation, invited_by, invited_at)
SELECT id, org, 'bench.impact', at FROM bench_case;
INSERT INTO case_participant (case_id, organisation, invited_by, invited_at)
SELECT id, 'DOUANE', 'bench.impact', at FROM bench_case WHERE g % 3 = 0;
INSERT INTO case_transition (id, case_id, from_status, to_status, reason, by_user, by_org, at)
SELECT gen_random_uuid(), id, NULL, 'SUBMITTED', 'intake', 'bench.impact', org, at FROM bench_case;
INSERT INTO case_transition (id, case_id, from_status, to_status, reason, by_user, by_org, at)
SELECT gen_random_uuid(), id, 'IN_CONSULTATION', 'DECIDED', 'decided', 'bench.impact', org, at + (g % 40) * interval '1 day'
FROM bench_case WHERE status IN ('DECIDED', 'IN_EXECUTION', 'CLOSED');
INSERT INTO case_transition (id, case_id, from_status, to_status, reason, by_user, by_org, at)
SELECT gen_random_uuid(), id, 'DECIDED', 'IN_EXECUTION', 'executed', 'bench.impact', org, at + (g % 40 + g % 17) * interval '1 day'
FROM bench_case WHERE status IN ('IN_EXECUTION', 'CLOSED');
CREATE TEMP TABLE bench_decision ON COMMIT DROP AS
SELECT gen_random_uuid() AS decision_id, id AS case_id, g, org, at FROM bench_case WHERE status IN ('DECIDED', 'IN_EXECUTION', 'CLOSED');
INSERT INTO case_decision (id, case_id, lead_org, rationale, decided_by, decided_at)
SELECT decision_id, case_id, org, 'generated', 'bench.impact', at + (g % 40) * interval '1 day' FROM bench_decision;
INSERT INTO case_intervention (id, decision_id, case_id, track, intervention, lead_org, rationale)
SELECT gen_random_uuid(), decision_id, case_id, (ARRAY['ADMINISTRATIVE','FISCAL','SOCIAL','JUDICIAL','CUSTOMS'])[1 + g % 5],
       (ARRAY['DRUG_PREMISES_CLOSURE','TAX_AUDIT','SOCIAL_INSPECTION','OFFICIAL_REPORT','CUSTOMS_CONTROL'])[1 + g % 5], org, 'generated'
FROM bench_decision;
INSERT INTO case_intervention (id, decision_id, case_id, track, intervention, lead_org, rationale)
SELECT gen_random_uuid(), decision_id, case_id, 'ADMINISTRATIVE', 'INTEGRITY_INVESTIGATION', org, 'generated'
FROM bench_decision WHERE g % 4 = 0;
INSERT INTO case_action (id, case_id, intervention_id, title, assigned_org, due_date, status, created_by, created_at)
SELECT gen_random_uuid(), i.case_id, i.id, 'generated', i.lead_org, (b.at + interval '60 days')::date,
       (ARRAY['OPEN','IN_PROGRESS','DONE','DONE'])[1 + b.g % 4], 'bench.impact', b.at
FROM case_intervention i JOIN bench_decision b ON b.decision_id = i.decision_id;
INSERT INTO case_outcome (case_id, closure_from, closure_to, permit_refused, permit_withdrawn, integrity_investigation,
                          tax_assessed, social_fines, official_reports, arrests, recorded_by, recorded_at)
SELECT id, CASE WHEN g % 3 = 0 THEN at::date END, CASE WHEN g % 3 = 0 THEN at::date + 90 END, g % 7 = 0, g % 11 = 0, g % 5 = 0,
       (g % 100) * 1000.50, (g % 50) * 250, ARRAY['AN.12.L1.' || g || '/26'], g % 3, 'bench.impact',
       LEAST(now(), at + (g % 40 + g % 17 + 30) * interval '1 day')
FROM bench_case WHERE status = 'CLOSED';
INSERT INTO subject (id, compartment_id, type, name, name_normalised, name_canonical, category, owner_org, on_record, created_by, created_at)
SELECT gen_random_uuid(), id, 'COMPANY', 'Bench BV ' || g, 'bench bv ' || g, 'bench bv ' || g, 'OTHER', org, true, 'bench.impact', at
FROM bench_case;
INSERT INTO subject_address (subject_id, position, street, number, postcode, municipality, match_key)
SELECT s.id, 0, 'Bankstraat', '1',
       (ARRAY['2000','2018','2060','2100','2140','2170','2180','2600','2610','2660','2040','2050','2800'])[1 + abs(hashtext(s.id::text)) % 13],
       'Antwerpen', 'bench'
FROM subject s WHERE s.created_by = 'bench.impact';
CREATE TEMP TABLE bench_dossier ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, g, now() - interval '5 years' + (g * (interval '5 years' - interval '1 day') / ${dossiers}) AS at
FROM generate_series(1, ${dossiers}) g;
INSERT INTO dossier (id, notice_number, title, status, magistrate, lead_investigator, owner_org, created_by, created_at, updated_at)
SELECT id, 'BN.99.B1.' || lpad(g::text, 6, '0') || '/' || to_char(at, 'YY'), 'Bench dossier ' || g,
       (ARRAY['OPEN','OPEN','CLOSED_DISMISSED','REFERRED_TO_COURT'])[1 + g % 4], 'magistraat', 'kali.fgp',
       (ARRAY['FGP_ANTWERPEN','PZ_ANTWERPEN'])[1 + g % 2], 'bench.impact', at, at
FROM bench_dossier;
INSERT INTO dossier_seizure (id, dossier_id, kind, drug_type, quantity_kg, seized_on, recorded_by, recorded_at)
SELECT gen_random_uuid(), id, 'DRUGS', (ARRAY['COCAINE','CANNABIS','HEROIN','SYNTHETIC'])[1 + g % 4], (g % 500) + 0.5,
       LEAST(current_date, (at + interval '10 days')::date), 'bench.impact', at
FROM bench_dossier;
INSERT INTO dossier_seizure (id, dossier_id, kind, amount_eur, seized_on, recorded_by, recorded_at)
SELECT gen_random_uuid(), id, 'CASH', (g % 90) * 1000, LEAST(current_date, (at + interval '20 days')::date), 'bench.impact', at
FROM bench_dossier;
INSERT INTO dossier_seizure (id, dossier_id, kind, item_count, seized_on, recorded_by, recorded_at)
SELECT gen_random_uuid(), id, CASE WHEN g % 10 = 0 THEN 'REAL_ESTATE' ELSE 'VEHICLE' END, 1 + g % 3,
       LEAST(current_date, (at + interval '30 days')::date), 'bench.impact', at
FROM bench_dossier WHERE g % 2 = 0;
INSERT INTO dossier_arrest (id, dossier_id, subject_id, arrested_on, place, recorded_by, recorded_at)
SELECT gen_random_uuid(), id, gen_random_uuid(), LEAST(current_date, (at + interval '15 days')::date), 'Antwerpen', 'bench.impact', at
FROM bench_dossier;
INSERT INTO dossier_report (dossier_id, number, added_by, added_at)
SELECT id, 'BN.99.B1.' || lpad(g::text, 6, '0') || '/' || to_char(at, 'YY'), 'bench.impact', at FROM bench_dossier;
INSERT INTO dossier_report (dossier_id, number, added_by, added_at)
SELECT id, 'BN.98.B1.' || lpad(g::text, 6, '0') || '/' || to_char(at, 'YY'), 'bench.impact', at FROM bench_dossier WHERE g % 2 = 0
;
CREATE TEMP TABLE bench_control ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, g, now() - interval '5 years' + (g * (interval '5 years' - interval '1 day') / ${controls}) AS at
FROM generate_series(1, ${controls}) g;
INSERT INTO control_action (id, reference, name, type, starts_at, ends_at, area, status, planned_by, planner_org, planned_at)
SELECT id, 'BENCH-' || lpad(g::text, 7, '0'), 'Bench control ' || g, 'NIGHT_SHOP', at, at + interval '4 hours', 'Antwerpen',
       (ARRAY['REPORTED','REPORTED','EXECUTED','APPROVED','CANCELLED'])[1 + g % 5], 'bench.impact', 'PZ_ANTWERPEN', at - interval '7 days'
FROM bench_control;
INSERT INTO control_service (action_id, organisation, staff)
SELECT id, (ARRAY['PZ_ANTWERPEN','DOUANE','STAD_ANTWERPEN','RSZ'])[1 + o], 4
FROM bench_control, generate_series(0, 1 + g % 3) o;
CREATE TEMP TABLE bench_control_target ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, c.id AS action_id, c.g, t, c.at
FROM bench_control c, generate_series(1, 2 + c.g % 3) t;
INSERT INTO control_target (id, action_id, position, subject_id, kind, label, check_status)
SELECT id, action_id, t, gen_random_uuid(), 'COMPANY', 'Bench target ' || g || '.' || t,
       CASE WHEN (g + t) % 17 = 0 THEN 'ON_HOLD' ELSE 'CLEAR' END
FROM bench_control_target;
INSERT INTO control_result (id, action_id, target_id, organisation, findings, official_reports, violations, closure_until,
                            seizure_value, arrests, fines, entered_by, entered_at)
SELECT gen_random_uuid(), t.action_id, t.id, 'PZ_ANTWERPEN', 'Gecontroleerd',
       CASE WHEN t.g % 4 = 0 THEN 'BN.97.B1.' || lpad(t.g::text, 6, '0') || '/26' ELSE '' END, t.g % 3,
       CASE WHEN t.g % 25 = 0 THEN (t.at + interval '90 days')::date END, (t.g % 7) * 100, t.g % 2, (t.g % 5) * 50,
       'bench.impact', t.at + interval '5 hours'
FROM bench_control_target t JOIN control_action a ON a.id = t.action_id
WHERE a.status IN ('EXECUTED', 'REPORTED') AND (t.g + t.t) % 17 <> 0
