# The rc file of `make shell` (bash --rcfile): the user's own ~/.bashrc first, then the venv and the dev webhook
# secrets on top of it, so a PATH that ~/.bashrc prepends (pyenv shims, ...) cannot hide the venv's python.
# INTAKE_VENV is the venv's absolute path (set by the Makefile).
if [ -f ~/.bashrc ]; then . ~/.bashrc; fi
. "$INTAKE_VENV/bin/activate"
if exports="$(python main.py dev-secrets --export)"; then
  eval "$exports"
  echo "make shell: $INTAKE_VENV activated, dev webhook secrets exported (data: ${LOCAL_DATA_DIR:-./.local}); exit to leave"
else
  echo "make shell: $INTAKE_VENV activated, but the dev webhook secrets could not be exported (see above)" >&2
fi
unset exports
