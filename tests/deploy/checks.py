"""Cross-checks between the code (main.py, shared/chain.py, shared/deployment.py), cloudbuild.yaml and
infra/ (parsed with python-hcl2; `terraform validate` cannot run offline). Each check returns a list of
problems, so tests can run them on the real files and on mutated copies."""

from __future__ import annotations

import re
from pathlib import Path

import hcl2
import yaml

from shared import chain
from shared.deployment import ACK_DEADLINE_SECONDS, DEPLOY_ORDER, FUNCTIONS


def _unquote(value):
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    if isinstance(value, list):
        return [_unquote(v) for v in value]
    if isinstance(value, dict):
        return {_unquote(k): _unquote(v) for k, v in value.items()}
    return value


def load_infra(infra: Path) -> dict:
    """{"locals": {...}, "resources": {(type, name): body}, "variables": {name: body}} over every .tf file."""
    merged: dict = {"locals": {}, "resources": {}, "variables": {}}
    for path in sorted(infra.glob("*.tf")):
        with open(path) as handle:
            doc = _unquote(hcl2.load(handle))
        for block in doc.get("locals", []):
            merged["locals"].update(block)
        for block in doc.get("resource", []):
            for kind, named in block.items():
                for name, body in named.items():
                    merged["resources"][(kind, name)] = body
        for block in doc.get("variable", []):
            merged["variables"].update(block)
    return merged


def load_build(path: Path) -> dict[str, dict]:
    """function name -> {"args": {flag: value}, "step": step} for every `gcloud functions deploy` step."""
    doc = yaml.safe_load(path.read_text())
    deploys = {}
    for step in doc.get("steps", []):
        args = [str(a) for a in step.get("args", [])]
        if args[:2] != ["functions", "deploy"]:
            continue
        flags = {}
        for arg in args[3:]:
            key, _, value = arg.partition("=")
            flags[key] = value
        entry = flags.get("--entry-point", "")
        deploys[entry] = {"args": flags, "step": step, "name": args[2]}
    return deploys


def _pairs(value: str) -> dict[str, str]:
    return dict(item.split("=", 1) for item in value.split(",") if "=" in item) if value else {}


def check_entry_points(build: dict) -> list[str]:
    import functions_framework._function_registry as registry

    import main  # noqa: F401  (registers the entry points' signature types)

    problems = []
    declared = set(main.__all__)
    for name in declared - set(build):
        problems.append(f"entry point {name} is not deployed in cloudbuild.yaml")
    for name in set(build) - declared:
        problems.append(f"cloudbuild.yaml deploys {name!r}, which is not an entry point of main.py")
    for name in declared & set(FUNCTIONS):
        actual = registry.REGISTRY_MAP.get(name)
        if actual != FUNCTIONS[name].signature:
            problems.append(f"{name}: main.py registers {actual}, the deployment says {FUNCTIONS[name].signature}")
    return problems


def check_delivery(build: dict, infra: dict) -> list[str]:
    """One delivery path per stage: our push subscription with a dead-letter policy; no Eventarc trigger."""
    problems = []
    for name, deploy in build.items():
        if "--trigger-topic" in deploy["args"] or "--trigger-event-filters" in deploy["args"]:
            problems.append(f"{name} has an Eventarc trigger besides its push subscription (two delivery paths)")
        if "--trigger-http" not in deploy["args"]:
            problems.append(f"{name} is not deployed as an HTTP function")
    stages = set(infra["locals"].get("stages", []))
    for stage in chain.STAGES:
        if stage.name not in stages:
            problems.append(f"stage {stage.name} has no topic/subscription in infra")
    sub = infra["resources"].get(("google_pubsub_subscription", "stage"), {})
    if not sub.get("dead_letter_policy"):
        problems.append("stage subscriptions have no dead_letter_policy")
    if not sub.get("push_config"):
        problems.append("stage subscriptions are not push subscriptions")
    deadline = sub.get("ack_deadline_seconds")
    if deadline != ACK_DEADLINE_SECONDS:
        problems.append(f"stage subscriptions' ack deadline is {deadline}, expected {ACK_DEADLINE_SECONDS}")
    if not infra["resources"].get(("google_pubsub_subscription", "dead_letter"), {}).get("push_config"):
        problems.append("dead-letter topics have no subscription feeding the dead_letter function")
    return problems


def check_topics(infra: dict) -> list[str]:
    problems = []
    stage_topic = infra["resources"].get(("google_pubsub_topic", "stage"), {}).get("name", "")
    dead_topic = infra["resources"].get(("google_pubsub_topic", "dead_letter"), {}).get("name", "")
    stages = infra["locals"].get("stages", [])
    names = {stage_topic.replace("${each.key}", s) for s in stages}
    dead = {dead_topic.replace("${each.key}", s) for s in stages}
    for stage in chain.STAGES:
        if stage.topic not in names:
            problems.append(f"topic {stage.topic} (code) does not exist in infra")
        if stage.dead_letter_topic not in dead:
            problems.append(f"dead-letter topic {stage.dead_letter_topic} does not exist in infra")
    for spec in FUNCTIONS.values():
        for topic in spec.publishes:
            if topic not in names:
                problems.append(f"{spec.name} publishes to {topic}, which infra does not create")
    return problems


def check_settings_and_secrets(build: dict, infra: dict) -> list[str]:
    problems = []
    infra_functions = infra["locals"].get("functions", {})
    for name, spec in FUNCTIONS.items():
        deploy = build.get(name)
        if deploy is None:
            continue
        secrets = _pairs(deploy["args"].get("--set-secrets", ""))
        env = _pairs(deploy["args"].get("--set-env-vars", ""))
        for secret in spec.all_secrets:
            if secret not in secrets:
                problems.append(f"{name} reads secret {secret} but cloudbuild.yaml does not provide it")
            if secret not in set(infra_functions.get(name, {}).get("secrets", [])):
                problems.append(f"{name} reads secret {secret} but infra gives it no access / no secret")
        for variable in spec.all_env:
            if variable not in env:
                problems.append(f"{name} reads {variable} but cloudbuild.yaml does not set it")
        if "SENTRY_RELEASE" in env and "COMMIT_SHA" not in env["SENTRY_RELEASE"]:
            problems.append(f"{name}: SENTRY_RELEASE must come from the commit SHA")
    return problems


def check_permissions(build: dict, infra: dict) -> list[str]:
    problems = []
    infra_functions = infra["locals"].get("functions", {})
    for name, spec in FUNCTIONS.items():
        granted = infra_functions.get(name)
        if granted is None:
            problems.append(f"infra has no service account entry for {name}")
            continue
        if set(granted.get("publishes", [])) != set(spec.publishes):
            problems.append(f"{name}: infra lets it publish to {sorted(granted.get('publishes', []))}, "
                            f"the code publishes to {sorted(spec.publishes)}")
        if bool(granted.get("sql")) != spec.uses_sql:
            problems.append(f"{name}: Cloud SQL access in infra ({granted.get('sql')}) != code ({spec.uses_sql})")
        deploy = build.get(name)
        if deploy:
            account = deploy["args"].get("--service-account", "")
            if f"fn-{name.replace('_', '-')}-" not in account:
                problems.append(f"{name} is not deployed with its own service account")
            public = "--allow-unauthenticated" in deploy["args"]
            if public != spec.public:
                problems.append(f"{name}: public={public} in cloudbuild.yaml, expected {spec.public}")
            ingress = deploy["args"].get("--ingress-settings")
            if spec.iap and ingress != "all":
                problems.append(f"{name}: behind IAP on its Cloud Run service, it needs ingress `all`, not {ingress}")
            if not spec.public and not spec.iap and ingress != "internal-only":
                problems.append(f"{name}: a stage must have internal-only ingress")
            timeout = int(re.sub(r"\D", "", deploy["args"].get("--timeout", "0")) or 0)
            if not spec.public and timeout >= ACK_DEADLINE_SECONDS:
                problems.append(f"{name}: timeout {timeout}s is not below the ack deadline")
            if "ANTHROPIC_API_KEY" in spec.all_secrets and timeout < _worst_claude_call_seconds():
                problems.append(f"{name}: timeout {timeout}s is shorter than a worst-case Claude call "
                                f"({_worst_claude_call_seconds():.0f}s)")
    return problems


def _worst_claude_call_seconds() -> float:
    """One attempt timing out. With SDK retries there is no bound: the SDK sleeps for the API's retry-after."""
    from shared.settings import Settings

    defaults = Settings()
    if defaults.claude_max_retries:
        return float("inf")
    return defaults.claude_timeout_seconds


def check_deploy_order(build: dict) -> list[str]:
    order = list(build)  # load_build keeps the file's step order
    problems = []
    position = {name: i for i, name in enumerate(order)}
    for name, spec in FUNCTIONS.items():
        for topic in spec.publishes:
            consumers = [n for n, s in FUNCTIONS.items() if topic in s.consumes]
            for consumer in consumers:
                if name in position and consumer in position and position[consumer] > position[name]:
                    problems.append(f"{name} is deployed before {consumer}, which consumes {topic}")
    if tuple(order) != DEPLOY_ORDER:
        problems.append(f"deploy order {order} differs from shared.deployment.DEPLOY_ORDER")
    return problems


SENTRY_RELEASE_STEP = "sentry-release"
SENTRY_TOKEN = "SENTRY_AUTH_TOKEN"


def load_doc(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


def substitute(text: str, values: dict[str, str]) -> str:
    """What Cloud Build runs: `$$` is a literal `$`, `$NAME`/`${NAME}` its substitution ('' when unknown, as with
    ALLOW_LOOSE)."""
    marker = "\x00"
    text = text.replace("$$", marker)
    text = re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: values.get(m.group(1) or m.group(2), ""), text)
    return text.replace(marker, "$")


def check_sentry_release(doc: dict, build: dict, infra: dict) -> list[str]:
    """The release step: after the last deploy, pinned sentry-cli, the release every function sends
    (SENTRY_RELEASE) and a deploy to the environment they send (SENTRY_ENVIRONMENT), its token from Secret Manager
    (a secret that infra creates and only Cloud Build may read), skipped with a log line without one."""
    step = next((s for s in doc.get("steps", []) if s.get("id") == SENTRY_RELEASE_STEP), None)
    if step is None:
        return [f"cloudbuild.yaml has no {SENTRY_RELEASE_STEP} step (Sentry release and deploy)"]
    problems = []
    script = "\n".join(str(a) for a in step.get("args", []))
    if f"deploy-{DEPLOY_ORDER[-1]}" not in step.get("waitFor", []):
        problems.append(f"{SENTRY_RELEASE_STEP} does not wait for the last deploy (deploy-{DEPLOY_ORDER[-1]})")
    if not re.search(r"pip install [^\n]*\bsentry-cli==\d", script):
        problems.append(f"{SENTRY_RELEASE_STEP} does not install a pinned sentry-cli")
    releases = set(re.findall(r'sentry-cli releases new "?([^"\s]+)', script))
    environments = set(re.findall(r'sentry-cli deploys new [^\n]*--env "?([^"\s]+)', script))
    if not re.search(r"sentry-cli releases finalize", script):
        problems.append(f"{SENTRY_RELEASE_STEP} does not finalise the release")
    for name, deploy in build.items():
        env = _pairs(deploy["args"].get("--set-env-vars", ""))
        if releases != {env.get("SENTRY_RELEASE")}:
            problems.append(f"{name} sends SENTRY_RELEASE={env.get('SENTRY_RELEASE')}, the release step creates "
                            f"{sorted(releases)}")
        if environments != {env.get("SENTRY_ENVIRONMENT")}:
            problems.append(f"{name} sends SENTRY_ENVIRONMENT={env.get('SENTRY_ENVIRONMENT')}, the release step "
                            f"records deploys to {sorted(environments)}")
    if SENTRY_TOKEN not in step.get("secretEnv", []):
        problems.append(f"{SENTRY_RELEASE_STEP} does not get {SENTRY_TOKEN} from Secret Manager (secretEnv)")
    available = doc.get("availableSecrets", {}).get("secretManager", [])
    versions = {v.get("env"): v.get("versionName", "") for v in available}
    if f"/secrets/{SENTRY_TOKEN}-${{_ENV}}/" not in versions.get(SENTRY_TOKEN, ""):
        problems.append(f"availableSecrets does not read {SENTRY_TOKEN} from the secret {SENTRY_TOKEN}-${{_ENV}}")
    if "skipped" not in script:
        problems.append(f"{SENTRY_RELEASE_STEP} does not log that it skipped when no token is configured")
    secret = infra["resources"].get(("google_secret_manager_secret", "sentry_auth_token"), {})
    if secret.get("secret_id") != f"{SENTRY_TOKEN}-${{local.suffix}}":
        problems.append(f"infra does not create the secret {SENTRY_TOKEN}-<env>")
    if ("google_secret_manager_secret_iam_member", "cloudbuild_sentry_auth_token") not in infra["resources"]:
        problems.append(f"infra does not let Cloud Build read {SENTRY_TOKEN}")
    for name, spec in FUNCTIONS.items():
        if SENTRY_TOKEN in spec.all_secrets:
            problems.append(f"{name} reads {SENTRY_TOKEN}: only the build step may")
    return problems


def _invokers(doc: dict) -> dict[str, str]:
    """function name (as deployed, without the suffix) -> the member its invoker binding names."""
    out = {}
    for step in doc.get("steps", []):
        args = [str(a) for a in step.get("args", [])]
        if args[:2] == ["functions", "add-invoker-policy-binding"]:
            member = next((a.split("=", 1)[1] for a in args if a.startswith("--member=")), "")
            out[args[2].removesuffix("-${_ENV}").replace("-", "_")] = member
    return out


def check_schedule(doc: dict, infra: dict) -> list[str]:
    """A scheduled function: a Cloud Scheduler job calls its URL with an OIDC token of the scheduler's account, on
    the schedule the code gives its Sentry Crons monitor, and only that account may invoke it."""
    from shared.deployment import REPLAY_SCHEDULE

    problems = []
    invokers = _invokers(doc)
    jobs = {k[1]: v for k, v in infra["resources"].items() if k[0] == "google_cloud_scheduler_job"}
    for name, spec in FUNCTIONS.items():
        if spec.public:
            continue
        if spec.iap:
            if invokers.get(name) != IAP_AGENT:
                problems.append(f"{name} may be invoked by {invokers.get(name) or 'nobody'}, expected IAP's service "
                                f"agent {IAP_AGENT}")
            continue
        expected = "intake-scheduler-" if spec.scheduled else "intake-push-"
        if expected not in invokers.get(name, ""):
            problems.append(f"{name} may be invoked by {invokers.get(name) or 'nobody'}, expected {expected}<env>")
        if not spec.scheduled:
            continue
        job = jobs.get(name)
        if job is None:
            problems.append(f"{name} is scheduled in the code but infra has no google_cloud_scheduler_job.{name}")
            continue
        target = (job.get("http_target") or [{}])[0]
        if target.get("uri") != f'${{local.function_url["{name}"]}}':
            problems.append(f"the scheduler job {name} does not call the {name} function's URL")
        oidc = (target.get("oidc_token") or [{}])[0]
        if oidc.get("service_account_email") != "${google_service_account.scheduler.email}":
            problems.append(f"the scheduler job {name} does not authenticate as the scheduler's account (OIDC)")
        schedule = job.get("schedule", "")
        schedule = infra["locals"].get(schedule[8:-1], schedule) if schedule.startswith("${local.") else schedule
        if schedule != REPLAY_SCHEDULE:
            problems.append(f"the scheduler job {name} runs on {schedule!r}, the Sentry Crons monitor expects "
                            f"{REPLAY_SCHEDULE!r}")
    return problems


IAP_AGENT = "serviceAccount:service-${_PROJECT_NUMBER}@gcp-sa-iap.iam.gserviceaccount.com"
IAP_AUDIENCE_ENV = "REVIEW_IAP_AUDIENCE"
IAP_ACCESSOR = ("google_iap_web_cloud_run_service_iam_member", "caseworker")
# Secrets whose value Terraform sets (README "Deploying" step 3 lists the ones an operator adds).
GENERATED_SECRETS = ("DB_PASS", "REVIEW_CSRF_SECRET")


def _deployed(name: str) -> str:
    return f"{name.replace('_', '-')}-${{_ENV}}"


def _iap_steps(doc: dict) -> dict[str, dict]:
    """deployed service name -> the step that turns IAP on for it (`gcloud beta run services update S --iap`)."""
    out = {}
    for step in doc.get("steps", []):
        args = [str(a) for a in step.get("args", [])]
        if args[:4] == ["beta", "run", "services", "update"] and len(args) > 4 and "--iap" in args[5:]:
            out[args[4]] = step
    return out


def check_iap(doc: dict, build: dict, infra: dict) -> list[str]:
    """A function behind IAP (FunctionSpec.iap): not public, IAP turned on for its Cloud Run service after every
    deploy and before its invoker binding (IAP's service agent; check_schedule), the audience its code verifies naming
    that service, the release step waiting for it; in infra the IAP API, the service in local.iap_functions and one
    roles/iap.httpsResourceAccessor grant per member of var.caseworkers (default: nobody)."""
    problems = []
    iap_specs = [spec for spec in FUNCTIONS.values() if spec.iap]
    steps = _iap_steps(doc)
    by_id = {s.get("id"): s for s in doc.get("steps", [])}
    substitutions = doc.get("substitutions", {})
    release = by_id.get(SENTRY_RELEASE_STEP, {})
    for spec in iap_specs:
        name, service = spec.name, _deployed(spec.name)
        if spec.public:
            problems.append(f"{name}: behind IAP but deployed public (--allow-unauthenticated)")
        step = steps.get(service)
        if step is None:
            problems.append(f"{name} is behind IAP in the code but cloudbuild.yaml never turns IAP on for {service} "
                            f"(gcloud beta run services update {service} --iap)")
        else:
            if f"deploy-{name}" not in step.get("waitFor", []):
                problems.append(f"the IAP step of {name} does not wait for deploy-{name}")
            if "--region=${_REGION}" not in [str(a) for a in step.get("args", [])]:
                problems.append(f"the IAP step of {name} does not name the region ${{_REGION}}")
            invoker = next((s for s in doc.get("steps", []) if [str(a) for a in s.get("args", [])][:3]
                            == ["functions", "add-invoker-policy-binding", service]), None)
            if invoker is not None and step.get("id") not in invoker.get("waitFor", []):
                problems.append(f"the invoker binding of {name} does not wait for its IAP step")
            if step.get("id") not in release.get("waitFor", []):
                problems.append(f"{SENTRY_RELEASE_STEP} does not wait for the IAP step of {name}")
        deploy = build.get(name)
        if deploy is not None:
            env = _pairs(deploy["args"].get("--set-env-vars", ""))
            audience = f"/projects/${{_PROJECT_NUMBER}}/locations/${{_REGION}}/services/{service}"
            if IAP_AUDIENCE_ENV not in spec.all_env:
                problems.append(f"{name}: behind IAP but the code reads no {IAP_AUDIENCE_ENV}")
            elif env.get(IAP_AUDIENCE_ENV) != audience:
                problems.append(f"{name}: {IAP_AUDIENCE_ENV}={env.get(IAP_AUDIENCE_ENV)}, expected {audience} "
                                f"(IAP signs for the Cloud Run service it fronts)")
        if f"invoker-{name}" not in release.get("waitFor", []):
            problems.append(f"{SENTRY_RELEASE_STEP} does not wait for invoker-{name}")
    if iap_specs and "_PROJECT_NUMBER" not in substitutions:
        problems.append("cloudbuild.yaml has no _PROJECT_NUMBER substitution (IAP's service agent and audience)")
    for service in set(steps) - {_deployed(s.name) for s in iap_specs}:
        problems.append(f"cloudbuild.yaml turns IAP on for {service}, which the code does not put behind IAP")

    declared = set(infra["locals"].get("iap_functions", []))
    if declared != {spec.name for spec in iap_specs}:
        problems.append(f"infra puts {sorted(declared)} behind IAP (local.iap_functions), the code "
                        f"{sorted(spec.name for spec in iap_specs)}")
    if iap_specs:
        apis = infra["resources"].get(("google_project_service", "apis"), {}).get("for_each", "")
        if '"iap.googleapis.com"' not in apis:
            problems.append("infra does not enable iap.googleapis.com")
        accessor = infra["resources"].get(IAP_ACCESSOR)
        if accessor is None:
            problems.append(f"infra grants nobody access through IAP (no {IAP_ACCESSOR[0]}.{IAP_ACCESSOR[1]})")
        else:
            if accessor.get("role") != "roles/iap.httpsResourceAccessor":
                problems.append(f"the IAP grant gives {accessor.get('role')}, not roles/iap.httpsResourceAccessor")
            pairs = infra["locals"].get(accessor.get("for_each", "")[8:-1], "") if str(
                accessor.get("for_each", "")).startswith("${local.") else accessor.get("for_each", "")
            if "var.caseworkers" not in str(pairs) or "local.iap_functions" not in str(pairs):
                problems.append("the IAP grant is not one per caseworker (var.caseworkers) and IAP function")
            if accessor.get("cloud_run_service_name") != '${replace(each.value.name, "_", "-")}-${local.suffix}':
                problems.append("the IAP grant does not name the function's Cloud Run service")
        caseworkers = infra["variables"].get("caseworkers")
        if caseworkers is None:
            problems.append("infra has no variable caseworkers (who may open the pages behind IAP)")
        elif caseworkers.get("default") != []:
            problems.append(f"variable caseworkers defaults to {caseworkers.get('default')}, expected nobody ([])")
    return problems


def check_blob_writes(infra: dict) -> list[str]:
    """A function with FunctionSpec.blob_write_prefix may create objects only under that prefix (an IAM condition on
    its objectCreator grant), and the code writes there."""
    problems = []
    expected = {name: spec.blob_write_prefix for name, spec in FUNCTIONS.items() if spec.blob_write_prefix}
    declared = infra["locals"].get("bucket_write_prefix", {})
    if declared != expected:
        problems.append(f"infra limits bucket writes to {declared} (local.bucket_write_prefix), the code to {expected}")
    creator = infra["resources"].get(("google_storage_bucket_iam_member", "object_creator"), {})
    condition = next((d["condition"] for d in creator.get("dynamic", []) if "condition" in d), None)
    if expected and (condition is None or "local.bucket_write_prefix" not in condition.get("for_each", "")
                     or "startsWith" not in str(condition.get("content", ""))):
        problems.append("the objectCreator grant has no condition limiting a function to its local.bucket_write_prefix")
    documents = (Path(__file__).resolve().parents[2] / "shared" / "stages" / "documents.py").read_text()
    for name, prefix in expected.items():
        if f'f"{prefix}' not in documents:
            problems.append(f"{name} may write only under {prefix}, but shared/stages/documents.py writes elsewhere")
    return problems


def check_generated_secrets(infra: dict) -> list[str]:
    """Secrets nobody adds by hand: Terraform stores a value, so a function never starts without one."""
    problems = []
    versions = {body.get("secret") for (kind, _), body in infra["resources"].items()
                if kind == "google_secret_manager_secret_version"}
    used = {s for spec in FUNCTIONS.values() for s in spec.all_secrets}
    for secret in GENERATED_SECRETS:
        if secret in used and f'${{google_secret_manager_secret.secret["{secret}"].id}}' not in versions:
            problems.append(f"infra stores no value for the generated secret {secret}")
    return problems


def all_problems(root: Path) -> list[str]:
    build_path, infra_path = root / "cloudbuild.yaml", root / "infra"
    build, infra = load_build(build_path), load_infra(infra_path)
    return (check_entry_points(build) + check_delivery(build, infra) + check_topics(infra)
            + check_settings_and_secrets(build, infra) + check_permissions(build, infra)
            + check_deploy_order(build) + check_sentry_release(load_doc(build_path), build, infra)
            + check_schedule(load_doc(build_path), infra) + check_iap(load_doc(build_path), build, infra)
            + check_blob_writes(infra) + check_generated_secrets(infra))
