-- Q4 raw SQL (pgbench script, the peers' schema): per district and month of
-- finding (Asia/Shanghai) over the last twelve months, findings, rectified
-- and rate; the 20 latest rows.
SELECT d.id, d.name,
       to_char(date_trunc('month', f.found_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS month,
       count(*) AS findings,
       count(*) FILTER (WHERE f.status = 'rectified') AS rectified,
       round(count(*) FILTER (WHERE f.status = 'rectified')::numeric / count(*), 4) AS rectification_rate
FROM districts d
JOIN enterprises e ON e.district_id = d.id
JOIN findings f ON f.enterprise_id = e.id
WHERE f.found_at >= date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai' - interval '11 months') AT TIME ZONE 'Asia/Shanghai'
GROUP BY d.id, d.name, month
ORDER BY month DESC, d.id
LIMIT 20;
