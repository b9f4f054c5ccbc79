
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'hvdock' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'hvdock'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'hvdock' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Location of client config files (default "~/.docker")')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "hvdock context use")')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "hvdock context use")')
            [CompletionResult]::new('-D', '-D ', [CompletionResultType]::ParameterName, 'Enable debug mode')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Enable debug mode')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Daemon socket to connect to')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Daemon socket to connect to')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Set the logging level ("debug", "info", "warn", "error", "fatal")')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Set the logging level ("debug", "info", "warn", "error", "fatal")')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Use TLS; implied by --tlsverify')
            [CompletionResult]::new('--tlscacert', '--tlscacert', [CompletionResultType]::ParameterName, 'Trust certs signed only by this CA (default "~/.docker/ca.pem")')
            [CompletionResult]::new('--tlscert', '--tlscert', [CompletionResultType]::ParameterName, 'Path to TLS certificate file (default "~/.docker/cert.pem")')
            [CompletionResult]::new('--tlskey', '--tlskey', [CompletionResultType]::ParameterName, 'Path to TLS key file (default "~/.docker/key.pem")')
            [CompletionResult]::new('--tlsverify', '--tlsverify', [CompletionResultType]::ParameterName, 'Use TLS and verify the remote')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print version information and quit')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version information and quit')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Create and run a new container from an image')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Execute a command in a running container')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach local standard input, output, and error streams to a running container')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Create a new image from a container''s changes')
            [CompletionResult]::new('cp', 'cp', [CompletionResultType]::ParameterValue, 'Copy files/folders between a container and the local filesystem')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Inspect changes to files or directories on a container''s filesystem')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a container''s filesystem as a tar archive')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new container')
            [CompletionResult]::new('kill', 'kill', [CompletionResultType]::ParameterValue, 'Kill one or more running containers')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Fetch the logs of a container')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause all processes within one or more containers')
            [CompletionResult]::new('port', 'port', [CompletionResultType]::ParameterValue, 'List port mappings or a specific mapping for the container')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a container')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart one or more containers')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove one or more containers')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start one or more stopped containers')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Display a live stream of container(s) resource usage statistics')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop one or more running containers')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'Display the running processes of a container')
            [CompletionResult]::new('unpause', 'unpause', [CompletionResultType]::ParameterValue, 'Unpause all processes within one or more containers')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update configuration of one or more containers (and convert their isolation)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Block until one or more containers stop, then print their exit codes')
            [CompletionResult]::new('ps', 'ps', [CompletionResultType]::ParameterValue, 'List containers')
            [CompletionResult]::new('images', 'images', [CompletionResultType]::ParameterValue, 'List images')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Return low-level information on Docker objects')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an image from a Dockerfile')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show the history of an image')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the contents from a tarball to create a filesystem image')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load an image from a tar archive or STDIN')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Authenticate to a registry')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Log out from a registry')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download an image from a registry')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Upload an image to a registry')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search Docker Hub for images')
            [CompletionResult]::new('rmi', 'rmi', [CompletionResultType]::ParameterValue, 'Remove one or more images')
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Save one or more images to a tar archive (streamed to STDOUT by default)')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE')
            [CompletionResult]::new('builder', 'builder', [CompletionResultType]::ParameterValue, 'Manage builds')
            [CompletionResult]::new('container', 'container', [CompletionResultType]::ParameterValue, 'Manage containers')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Manage images')
            [CompletionResult]::new('compute', 'compute', [CompletionResultType]::ParameterValue, 'List the compute processes (VM workers, sandboxes) behind containers')
            [CompletionResult]::new('isolation', 'isolation', [CompletionResultType]::ParameterValue, 'Prove containers'' isolation (processes and kernel, inside vs outside)')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Show the Docker version information')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Display system-wide information')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Get real time events from the server')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Manage Docker image manifests and manifest lists')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Manage checkpoints')
            [CompletionResult]::new('network', 'network', [CompletionResultType]::ParameterValue, 'Manage networks')
            [CompletionResult]::new('volume', 'volume', [CompletionResultType]::ParameterValue, 'Manage volumes')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Manage Swarm services')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage Swarm configs')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'Manage Swarm nodes')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Manage Swarm secrets')
            [CompletionResult]::new('swarm', 'swarm', [CompletionResultType]::ParameterValue, 'Manage Swarm')
            [CompletionResult]::new('stack', 'stack', [CompletionResultType]::ParameterValue, 'Manage Swarm stacks')
            [CompletionResult]::new('context', 'context', [CompletionResultType]::ParameterValue, 'Manage contexts')
            [CompletionResult]::new('plugin', 'plugin', [CompletionResultType]::ParameterValue, 'Manage plugins')
            [CompletionResult]::new('system', 'system', [CompletionResultType]::ParameterValue, 'Manage Docker')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Manage trust on Docker images')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Help about any command')
            [CompletionResult]::new('__generate', '__generate', [CompletionResultType]::ParameterValue, 'Generate shell completions and man pages into completions/ and man/')
            [CompletionResult]::new('__complete', '__complete', [CompletionResultType]::ParameterValue, 'Print live names for shell completion: `__complete KIND [PREFIX]` or `__complete --words WORD...` (the command line being completed)')
            break
        }
        'hvdock;run' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Run container in background and print container ID')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Run container in background and print container ID')
            [CompletionResult]::new('--detach-keys', '--detach-keys', [CompletionResultType]::ParameterName, 'Override the key sequence for detaching a container')
            [CompletionResult]::new('--sig-proxy', '--sig-proxy', [CompletionResultType]::ParameterName, 'Proxy received signals to the process (default true)')
            [CompletionResult]::new('--cpu-period', '--cpu-period', [CompletionResultType]::ParameterName, 'Limit CPU CFS (Completely Fair Scheduler) period')
            [CompletionResult]::new('--cpu-quota', '--cpu-quota', [CompletionResultType]::ParameterName, 'Limit CPU CFS (Completely Fair Scheduler) quota')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpu-shares', '--cpu-shares', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpus', '--cpus', [CompletionResultType]::ParameterName, 'Number of CPUs')
            [CompletionResult]::new('--cpuset-cpus', '--cpuset-cpus', [CompletionResultType]::ParameterName, 'CPUs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('--cpuset-mems', '--cpuset-mems', [CompletionResultType]::ParameterName, 'MEMs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory-reservation', '--memory-reservation', [CompletionResultType]::ParameterName, 'Memory soft limit')
            [CompletionResult]::new('--memory-swap', '--memory-swap', [CompletionResultType]::ParameterName, 'Swap limit equal to memory plus swap: ''-1'' to enable unlimited swap')
            [CompletionResult]::new('--pids-limit', '--pids-limit', [CompletionResultType]::ParameterName, 'Tune container pids limit (set -1 for unlimited)')
            [CompletionResult]::new('--add-host', '--add-host', [CompletionResultType]::ParameterName, 'Add a custom host-to-IP mapping (host:ip)')
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'Add an annotation to the container (passed through to the OCI runtime) (default map[])')
            [CompletionResult]::new('--blkio-weight', '--blkio-weight', [CompletionResultType]::ParameterName, 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)')
            [CompletionResult]::new('--blkio-weight-device', '--blkio-weight-device', [CompletionResultType]::ParameterName, 'Block IO weight (relative device weight) (default [])')
            [CompletionResult]::new('--cpu-count', '--cpu-count', [CompletionResultType]::ParameterName, 'CPU count (Windows only)')
            [CompletionResult]::new('--cpu-percent', '--cpu-percent', [CompletionResultType]::ParameterName, 'CPU percent (Windows only)')
            [CompletionResult]::new('--io-maxbandwidth', '--io-maxbandwidth', [CompletionResultType]::ParameterName, 'Maximum IO bandwidth limit for the system drive (Windows only)')
            [CompletionResult]::new('--io-maxiops', '--io-maxiops', [CompletionResultType]::ParameterName, 'Maximum IOps limit for the system drive (Windows only)')
            [CompletionResult]::new('--cpu-rt-period', '--cpu-rt-period', [CompletionResultType]::ParameterName, 'Limit CPU real-time period in microseconds')
            [CompletionResult]::new('--cpu-rt-runtime', '--cpu-rt-runtime', [CompletionResultType]::ParameterName, 'Limit CPU real-time runtime in microseconds')
            [CompletionResult]::new('--device-read-bps', '--device-read-bps', [CompletionResultType]::ParameterName, 'Limit read rate (bytes per second) from a device (default [])')
            [CompletionResult]::new('--device-read-iops', '--device-read-iops', [CompletionResultType]::ParameterName, 'Limit read rate (IO per second) from a device (default [])')
            [CompletionResult]::new('--device-write-bps', '--device-write-bps', [CompletionResultType]::ParameterName, 'Limit write rate (bytes per second) to a device (default [])')
            [CompletionResult]::new('--device-write-iops', '--device-write-iops', [CompletionResultType]::ParameterName, 'Limit write rate (IO per second) to a device (default [])')
            [CompletionResult]::new('--disable-content-trust', '--disable-content-trust', [CompletionResultType]::ParameterName, 'Skip image verification (default true)')
            [CompletionResult]::new('--gpus', '--gpus', [CompletionResultType]::ParameterName, 'GPU devices to add to the container (''all'' to pass all GPUs)')
            [CompletionResult]::new('--kernel-memory', '--kernel-memory', [CompletionResultType]::ParameterName, 'Kernel memory limit')
            [CompletionResult]::new('--link-local-ip', '--link-local-ip', [CompletionResultType]::ParameterName, 'Container IPv4/IPv6 link-local addresses')
            [CompletionResult]::new('--use-api-socket', '--use-api-socket', [CompletionResultType]::ParameterName, 'Bind mount Docker API socket and required auth')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Attach to STDIN, STDOUT or STDERR')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach to STDIN, STDOUT or STDERR')
            [CompletionResult]::new('--cap-add', '--cap-add', [CompletionResultType]::ParameterName, 'Add Linux capabilities')
            [CompletionResult]::new('--cap-drop', '--cap-drop', [CompletionResultType]::ParameterName, 'Drop Linux capabilities')
            [CompletionResult]::new('--cgroup-parent', '--cgroup-parent', [CompletionResultType]::ParameterName, 'Optional parent cgroup for the container')
            [CompletionResult]::new('--cgroupns', '--cgroupns', [CompletionResultType]::ParameterName, 'Cgroup namespace to use (host|private) ''host'':    Run the container in the Docker host''s cgroup namespace ''private'': Run the container in its own private cgroup namespace '''':        Use the cgroup namespace as configured by the            default-cgroupns-mode option on the daemon (default)')
            [CompletionResult]::new('--cidfile', '--cidfile', [CompletionResultType]::ParameterName, 'Write the container ID to the file')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Add a host device to the container')
            [CompletionResult]::new('--device-cgroup-rule', '--device-cgroup-rule', [CompletionResultType]::ParameterName, 'Add a rule to the cgroup allowed devices list')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Set custom DNS servers')
            [CompletionResult]::new('--dns-option', '--dns-option', [CompletionResultType]::ParameterName, 'Set DNS options')
            [CompletionResult]::new('--dns-search', '--dns-search', [CompletionResultType]::ParameterName, 'Set custom DNS search domains')
            [CompletionResult]::new('--domainname', '--domainname', [CompletionResultType]::ParameterName, 'Container NIS domain name')
            [CompletionResult]::new('--entrypoint', '--entrypoint', [CompletionResultType]::ParameterName, 'Overwrite the default ENTRYPOINT of the image')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Set environment variables')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set environment variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read in a file of environment variables')
            [CompletionResult]::new('--expose', '--expose', [CompletionResultType]::ParameterName, 'Expose a port or a range of ports')
            [CompletionResult]::new('--group-add', '--group-add', [CompletionResultType]::ParameterName, 'Add additional groups to join')
            [CompletionResult]::new('--health-cmd', '--health-cmd', [CompletionResultType]::ParameterName, 'Command to run to check health')
            [CompletionResult]::new('--health-interval', '--health-interval', [CompletionResultType]::ParameterName, 'Time between running the check (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('--health-retries', '--health-retries', [CompletionResultType]::ParameterName, 'Consecutive failures needed to report unhealthy')
            [CompletionResult]::new('--health-start-interval', '--health-start-interval', [CompletionResultType]::ParameterName, 'Time between running the check during the start period (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('--health-start-period', '--health-start-period', [CompletionResultType]::ParameterName, 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('--health-timeout', '--health-timeout', [CompletionResultType]::ParameterName, 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Container host name')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'Container host name')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Run an init inside the container that forwards signals and reaps processes')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open even if not attached')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open even if not attached')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'IPv4 address (e.g., 172.30.100.104)')
            [CompletionResult]::new('--ip6', '--ip6', [CompletionResultType]::ParameterName, 'IPv6 address (e.g., 2001:db8::33)')
            [CompletionResult]::new('--ipc', '--ipc', [CompletionResultType]::ParameterName, 'IPC mode to use')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Container isolation technology')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Set meta data on a container')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set meta data on a container')
            [CompletionResult]::new('--label-file', '--label-file', [CompletionResultType]::ParameterName, 'Read in a line delimited file of labels')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Add link to another container')
            [CompletionResult]::new('--log-driver', '--log-driver', [CompletionResultType]::ParameterName, 'Logging driver for the container')
            [CompletionResult]::new('--log-opt', '--log-opt', [CompletionResultType]::ParameterName, 'Log driver options')
            [CompletionResult]::new('--mac-address', '--mac-address', [CompletionResultType]::ParameterName, 'Container MAC address (e.g., 92:d0:c6:0a:29:33)')
            [CompletionResult]::new('--memory-swappiness', '--memory-swappiness', [CompletionResultType]::ParameterName, 'Tune container memory swappiness (0 to 100) (default -1)')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Attach a filesystem mount to the container')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Assign a name to the container')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Connect a container to a network')
            [CompletionResult]::new('--network-alias', '--network-alias', [CompletionResultType]::ParameterName, 'Add network-scoped alias for the container')
            [CompletionResult]::new('--no-healthcheck', '--no-healthcheck', [CompletionResultType]::ParameterName, 'Disable any container-specified HEALTHCHECK')
            [CompletionResult]::new('--oom-kill-disable', '--oom-kill-disable', [CompletionResultType]::ParameterName, 'Disable OOM Killer')
            [CompletionResult]::new('--oom-score-adj', '--oom-score-adj', [CompletionResultType]::ParameterName, 'Tune host''s OOM preferences (-1000 to 1000)')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'PID namespace to use')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Set platform if server is multi-platform capable')
            [CompletionResult]::new('--privileged', '--privileged', [CompletionResultType]::ParameterName, 'Give extended privileges to this container')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Publish a container''s port(s) to the host')
            [CompletionResult]::new('--publish', '--publish', [CompletionResultType]::ParameterName, 'Publish a container''s port(s) to the host')
            [CompletionResult]::new('-P', '-P ', [CompletionResultType]::ParameterName, 'Publish all exposed ports to random ports')
            [CompletionResult]::new('--publish-all', '--publish-all', [CompletionResultType]::ParameterName, 'Publish all exposed ports to random ports')
            [CompletionResult]::new('--pull', '--pull', [CompletionResultType]::ParameterName, 'Pull image before running ("always", "missing", "never")')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress the pull output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress the pull output')
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'Mount the container''s root filesystem as read only')
            [CompletionResult]::new('--restart', '--restart', [CompletionResultType]::ParameterName, 'Restart policy to apply when a container exits (default "no")')
            [CompletionResult]::new('--rm', '--rm', [CompletionResultType]::ParameterName, 'Automatically remove the container and its associated anonymous volumes when it exits')
            [CompletionResult]::new('--runtime', '--runtime', [CompletionResultType]::ParameterName, 'Runtime to use for this container')
            [CompletionResult]::new('--security-opt', '--security-opt', [CompletionResultType]::ParameterName, 'Security Options')
            [CompletionResult]::new('--shm-size', '--shm-size', [CompletionResultType]::ParameterName, 'Size of /dev/shm')
            [CompletionResult]::new('--stop-signal', '--stop-signal', [CompletionResultType]::ParameterName, 'Signal to stop the container')
            [CompletionResult]::new('--stop-timeout', '--stop-timeout', [CompletionResultType]::ParameterName, 'Timeout (in seconds) to stop a container')
            [CompletionResult]::new('--storage-opt', '--storage-opt', [CompletionResultType]::ParameterName, 'Storage driver options for the container')
            [CompletionResult]::new('--sysctl', '--sysctl', [CompletionResultType]::ParameterName, 'Sysctl options (default map[])')
            [CompletionResult]::new('--tmpfs', '--tmpfs', [CompletionResultType]::ParameterName, 'Mount a tmpfs directory')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('--ulimit', '--ulimit', [CompletionResultType]::ParameterName, 'Ulimit options (default [])')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Username or UID (format: <name|uid>[:<group|gid>])')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or UID (format: <name|uid>[:<group|gid>])')
            [CompletionResult]::new('--userns', '--userns', [CompletionResultType]::ParameterName, 'User namespace to use')
            [CompletionResult]::new('--uts', '--uts', [CompletionResultType]::ParameterName, 'UTS namespace to use')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Bind mount a volume')
            [CompletionResult]::new('--volume', '--volume', [CompletionResultType]::ParameterName, 'Bind mount a volume')
            [CompletionResult]::new('--volume-driver', '--volume-driver', [CompletionResultType]::ParameterName, 'Optional volume driver for the container')
            [CompletionResult]::new('--volumes-from', '--volumes-from', [CompletionResultType]::ParameterName, 'Mount volumes from the specified container(s)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('--workdir', '--workdir', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;exec' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Detached mode: run command in the background')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Detached mode: run command in the background')
            [CompletionResult]::new('--detach-keys', '--detach-keys', [CompletionResultType]::ParameterName, 'Override the key sequence for detaching a container')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Set environment variables')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set environment variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read in a file of environment variables')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open even if not attached')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open even if not attached')
            [CompletionResult]::new('--privileged', '--privileged', [CompletionResultType]::ParameterName, 'Give extended privileges to the command')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Username or UID (format: "<name|uid>[:<group|gid>]")')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or UID (format: "<name|uid>[:<group|gid>]")')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('--workdir', '--workdir', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;attach' {
            [CompletionResult]::new('--detach-keys', '--detach-keys', [CompletionResultType]::ParameterName, 'Override the key sequence for detaching a container')
            [CompletionResult]::new('--no-stdin', '--no-stdin', [CompletionResultType]::ParameterName, 'Do not attach STDIN')
            [CompletionResult]::new('--sig-proxy', '--sig-proxy', [CompletionResultType]::ParameterName, 'Proxy all received signals to the process (default true)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;commit' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Apply Dockerfile instruction to the created image')
            [CompletionResult]::new('--change', '--change', [CompletionResultType]::ParameterName, 'Apply Dockerfile instruction to the created image')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Commit message')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Commit message')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Pause container during commit (default true)')
            [CompletionResult]::new('--pause', '--pause', [CompletionResultType]::ParameterName, 'Pause container during commit (default true)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;cp' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Archive mode (copy all uid/gid information)')
            [CompletionResult]::new('--archive', '--archive', [CompletionResultType]::ParameterName, 'Archive mode (copy all uid/gid information)')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'Always follow symbol link in SRC_PATH')
            [CompletionResult]::new('--follow-link', '--follow-link', [CompletionResultType]::ParameterName, 'Always follow symbol link in SRC_PATH')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;diff' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;export' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to a file, instead of STDOUT')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to a file, instead of STDOUT')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;create' {
            [CompletionResult]::new('--cpu-period', '--cpu-period', [CompletionResultType]::ParameterName, 'Limit CPU CFS (Completely Fair Scheduler) period')
            [CompletionResult]::new('--cpu-quota', '--cpu-quota', [CompletionResultType]::ParameterName, 'Limit CPU CFS (Completely Fair Scheduler) quota')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpu-shares', '--cpu-shares', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpus', '--cpus', [CompletionResultType]::ParameterName, 'Number of CPUs')
            [CompletionResult]::new('--cpuset-cpus', '--cpuset-cpus', [CompletionResultType]::ParameterName, 'CPUs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('--cpuset-mems', '--cpuset-mems', [CompletionResultType]::ParameterName, 'MEMs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory-reservation', '--memory-reservation', [CompletionResultType]::ParameterName, 'Memory soft limit')
            [CompletionResult]::new('--memory-swap', '--memory-swap', [CompletionResultType]::ParameterName, 'Swap limit equal to memory plus swap: ''-1'' to enable unlimited swap')
            [CompletionResult]::new('--pids-limit', '--pids-limit', [CompletionResultType]::ParameterName, 'Tune container pids limit (set -1 for unlimited)')
            [CompletionResult]::new('--add-host', '--add-host', [CompletionResultType]::ParameterName, 'Add a custom host-to-IP mapping (host:ip)')
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'Add an annotation to the container (passed through to the OCI runtime) (default map[])')
            [CompletionResult]::new('--blkio-weight', '--blkio-weight', [CompletionResultType]::ParameterName, 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)')
            [CompletionResult]::new('--blkio-weight-device', '--blkio-weight-device', [CompletionResultType]::ParameterName, 'Block IO weight (relative device weight) (default [])')
            [CompletionResult]::new('--cpu-count', '--cpu-count', [CompletionResultType]::ParameterName, 'CPU count (Windows only)')
            [CompletionResult]::new('--cpu-percent', '--cpu-percent', [CompletionResultType]::ParameterName, 'CPU percent (Windows only)')
            [CompletionResult]::new('--io-maxbandwidth', '--io-maxbandwidth', [CompletionResultType]::ParameterName, 'Maximum IO bandwidth limit for the system drive (Windows only)')
            [CompletionResult]::new('--io-maxiops', '--io-maxiops', [CompletionResultType]::ParameterName, 'Maximum IOps limit for the system drive (Windows only)')
            [CompletionResult]::new('--cpu-rt-period', '--cpu-rt-period', [CompletionResultType]::ParameterName, 'Limit CPU real-time period in microseconds')
            [CompletionResult]::new('--cpu-rt-runtime', '--cpu-rt-runtime', [CompletionResultType]::ParameterName, 'Limit CPU real-time runtime in microseconds')
            [CompletionResult]::new('--device-read-bps', '--device-read-bps', [CompletionResultType]::ParameterName, 'Limit read rate (bytes per second) from a device (default [])')
            [CompletionResult]::new('--device-read-iops', '--device-read-iops', [CompletionResultType]::ParameterName, 'Limit read rate (IO per second) from a device (default [])')
            [CompletionResult]::new('--device-write-bps', '--device-write-bps', [CompletionResultType]::ParameterName, 'Limit write rate (bytes per second) to a device (default [])')
            [CompletionResult]::new('--device-write-iops', '--device-write-iops', [CompletionResultType]::ParameterName, 'Limit write rate (IO per second) to a device (default [])')
            [CompletionResult]::new('--disable-content-trust', '--disable-content-trust', [CompletionResultType]::ParameterName, 'Skip image verification (default true)')
            [CompletionResult]::new('--gpus', '--gpus', [CompletionResultType]::ParameterName, 'GPU devices to add to the container (''all'' to pass all GPUs)')
            [CompletionResult]::new('--kernel-memory', '--kernel-memory', [CompletionResultType]::ParameterName, 'Kernel memory limit')
            [CompletionResult]::new('--link-local-ip', '--link-local-ip', [CompletionResultType]::ParameterName, 'Container IPv4/IPv6 link-local addresses')
            [CompletionResult]::new('--use-api-socket', '--use-api-socket', [CompletionResultType]::ParameterName, 'Bind mount Docker API socket and required auth')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Attach to STDIN, STDOUT or STDERR')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach to STDIN, STDOUT or STDERR')
            [CompletionResult]::new('--cap-add', '--cap-add', [CompletionResultType]::ParameterName, 'Add Linux capabilities')
            [CompletionResult]::new('--cap-drop', '--cap-drop', [CompletionResultType]::ParameterName, 'Drop Linux capabilities')
            [CompletionResult]::new('--cgroup-parent', '--cgroup-parent', [CompletionResultType]::ParameterName, 'Optional parent cgroup for the container')
            [CompletionResult]::new('--cgroupns', '--cgroupns', [CompletionResultType]::ParameterName, 'Cgroup namespace to use (host|private) ''host'':    Run the container in the Docker host''s cgroup namespace ''private'': Run the container in its own private cgroup namespace '''':        Use the cgroup namespace as configured by the            default-cgroupns-mode option on the daemon (default)')
            [CompletionResult]::new('--cidfile', '--cidfile', [CompletionResultType]::ParameterName, 'Write the container ID to the file')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Add a host device to the container')
            [CompletionResult]::new('--device-cgroup-rule', '--device-cgroup-rule', [CompletionResultType]::ParameterName, 'Add a rule to the cgroup allowed devices list')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Set custom DNS servers')
            [CompletionResult]::new('--dns-option', '--dns-option', [CompletionResultType]::ParameterName, 'Set DNS options')
            [CompletionResult]::new('--dns-search', '--dns-search', [CompletionResultType]::ParameterName, 'Set custom DNS search domains')
            [CompletionResult]::new('--domainname', '--domainname', [CompletionResultType]::ParameterName, 'Container NIS domain name')
            [CompletionResult]::new('--entrypoint', '--entrypoint', [CompletionResultType]::ParameterName, 'Overwrite the default ENTRYPOINT of the image')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Set environment variables')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set environment variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read in a file of environment variables')
            [CompletionResult]::new('--expose', '--expose', [CompletionResultType]::ParameterName, 'Expose a port or a range of ports')
            [CompletionResult]::new('--group-add', '--group-add', [CompletionResultType]::ParameterName, 'Add additional groups to join')
            [CompletionResult]::new('--health-cmd', '--health-cmd', [CompletionResultType]::ParameterName, 'Command to run to check health')
            [CompletionResult]::new('--health-interval', '--health-interval', [CompletionResultType]::ParameterName, 'Time between running the check (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('--health-retries', '--health-retries', [CompletionResultType]::ParameterName, 'Consecutive failures needed to report unhealthy')
            [CompletionResult]::new('--health-start-interval', '--health-start-interval', [CompletionResultType]::ParameterName, 'Time between running the check during the start period (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('--health-start-period', '--health-start-period', [CompletionResultType]::ParameterName, 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('--health-timeout', '--health-timeout', [CompletionResultType]::ParameterName, 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Container host name')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'Container host name')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Run an init inside the container that forwards signals and reaps processes')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open even if not attached')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open even if not attached')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'IPv4 address (e.g., 172.30.100.104)')
            [CompletionResult]::new('--ip6', '--ip6', [CompletionResultType]::ParameterName, 'IPv6 address (e.g., 2001:db8::33)')
            [CompletionResult]::new('--ipc', '--ipc', [CompletionResultType]::ParameterName, 'IPC mode to use')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Container isolation technology')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Set meta data on a container')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set meta data on a container')
            [CompletionResult]::new('--label-file', '--label-file', [CompletionResultType]::ParameterName, 'Read in a line delimited file of labels')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Add link to another container')
            [CompletionResult]::new('--log-driver', '--log-driver', [CompletionResultType]::ParameterName, 'Logging driver for the container')
            [CompletionResult]::new('--log-opt', '--log-opt', [CompletionResultType]::ParameterName, 'Log driver options')
            [CompletionResult]::new('--mac-address', '--mac-address', [CompletionResultType]::ParameterName, 'Container MAC address (e.g., 92:d0:c6:0a:29:33)')
            [CompletionResult]::new('--memory-swappiness', '--memory-swappiness', [CompletionResultType]::ParameterName, 'Tune container memory swappiness (0 to 100) (default -1)')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Attach a filesystem mount to the container')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Assign a name to the container')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Connect a container to a network')
            [CompletionResult]::new('--network-alias', '--network-alias', [CompletionResultType]::ParameterName, 'Add network-scoped alias for the container')
            [CompletionResult]::new('--no-healthcheck', '--no-healthcheck', [CompletionResultType]::ParameterName, 'Disable any container-specified HEALTHCHECK')
            [CompletionResult]::new('--oom-kill-disable', '--oom-kill-disable', [CompletionResultType]::ParameterName, 'Disable OOM Killer')
            [CompletionResult]::new('--oom-score-adj', '--oom-score-adj', [CompletionResultType]::ParameterName, 'Tune host''s OOM preferences (-1000 to 1000)')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'PID namespace to use')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Set platform if server is multi-platform capable')
            [CompletionResult]::new('--privileged', '--privileged', [CompletionResultType]::ParameterName, 'Give extended privileges to this container')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Publish a container''s port(s) to the host')
            [CompletionResult]::new('--publish', '--publish', [CompletionResultType]::ParameterName, 'Publish a container''s port(s) to the host')
            [CompletionResult]::new('-P', '-P ', [CompletionResultType]::ParameterName, 'Publish all exposed ports to random ports')
            [CompletionResult]::new('--publish-all', '--publish-all', [CompletionResultType]::ParameterName, 'Publish all exposed ports to random ports')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress the pull output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress the pull output')
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'Mount the container''s root filesystem as read only')
            [CompletionResult]::new('--restart', '--restart', [CompletionResultType]::ParameterName, 'Restart policy to apply when a container exits (default "no")')
            [CompletionResult]::new('--rm', '--rm', [CompletionResultType]::ParameterName, 'Automatically remove the container and its associated anonymous volumes when it exits')
            [CompletionResult]::new('--runtime', '--runtime', [CompletionResultType]::ParameterName, 'Runtime to use for this container')
            [CompletionResult]::new('--security-opt', '--security-opt', [CompletionResultType]::ParameterName, 'Security Options')
            [CompletionResult]::new('--shm-size', '--shm-size', [CompletionResultType]::ParameterName, 'Size of /dev/shm')
            [CompletionResult]::new('--stop-signal', '--stop-signal', [CompletionResultType]::ParameterName, 'Signal to stop the container')
            [CompletionResult]::new('--stop-timeout', '--stop-timeout', [CompletionResultType]::ParameterName, 'Timeout (in seconds) to stop a container')
            [CompletionResult]::new('--storage-opt', '--storage-opt', [CompletionResultType]::ParameterName, 'Storage driver options for the container')
            [CompletionResult]::new('--sysctl', '--sysctl', [CompletionResultType]::ParameterName, 'Sysctl options (default map[])')
            [CompletionResult]::new('--tmpfs', '--tmpfs', [CompletionResultType]::ParameterName, 'Mount a tmpfs directory')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('--ulimit', '--ulimit', [CompletionResultType]::ParameterName, 'Ulimit options (default [])')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Username or UID (format: <name|uid>[:<group|gid>])')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or UID (format: <name|uid>[:<group|gid>])')
            [CompletionResult]::new('--userns', '--userns', [CompletionResultType]::ParameterName, 'User namespace to use')
            [CompletionResult]::new('--uts', '--uts', [CompletionResultType]::ParameterName, 'UTS namespace to use')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Bind mount a volume')
            [CompletionResult]::new('--volume', '--volume', [CompletionResultType]::ParameterName, 'Bind mount a volume')
            [CompletionResult]::new('--volume-driver', '--volume-driver', [CompletionResultType]::ParameterName, 'Optional volume driver for the container')
            [CompletionResult]::new('--volumes-from', '--volumes-from', [CompletionResultType]::ParameterName, 'Mount volumes from the specified container(s)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('--workdir', '--workdir', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('--pull', '--pull', [CompletionResultType]::ParameterName, 'Pull image before creating ("always", "|missing", "never")')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;kill' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Signal to send to the container')
            [CompletionResult]::new('--signal', '--signal', [CompletionResultType]::ParameterName, 'Signal to send to the container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;logs' {
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Show extra details provided to logs')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Follow log output')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Follow log output')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Number of lines to show from the end of the logs (default "all")')
            [CompletionResult]::new('--tail', '--tail', [CompletionResultType]::ParameterName, 'Number of lines to show from the end of the logs (default "all")')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Show timestamps')
            [CompletionResult]::new('--timestamps', '--timestamps', [CompletionResultType]::ParameterName, 'Show timestamps')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;pause' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;port' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;rename' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;restart' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Signal to send to the container')
            [CompletionResult]::new('--signal', '--signal', [CompletionResultType]::ParameterName, 'Signal to send to the container')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Seconds to wait before killing the container')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait before killing the container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;rm' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force the removal of a running container (uses SIGKILL)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force the removal of a running container (uses SIGKILL)')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Remove the specified link')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Remove the specified link')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Remove anonymous volumes associated with the container')
            [CompletionResult]::new('--volumes', '--volumes', [CompletionResultType]::ParameterName, 'Remove anonymous volumes associated with the container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;start' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Attach STDOUT/STDERR and forward signals')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach STDOUT/STDERR and forward signals')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Restore from this checkpoint')
            [CompletionResult]::new('--checkpoint-dir', '--checkpoint-dir', [CompletionResultType]::ParameterName, 'Use a custom checkpoint storage directory')
            [CompletionResult]::new('--detach-keys', '--detach-keys', [CompletionResultType]::ParameterName, 'Override the key sequence for detaching a container')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Attach container''s STDIN')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Attach container''s STDIN')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;stats' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Show all containers (default shows just running)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show all containers (default shows just running)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--no-stream', '--no-stream', [CompletionResultType]::ParameterName, 'Disable streaming stats and only pull the first result')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Do not truncate output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;stop' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Signal to send to the container')
            [CompletionResult]::new('--signal', '--signal', [CompletionResultType]::ParameterName, 'Signal to send to the container')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Seconds to wait before killing the container')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait before killing the container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;top' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;unpause' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;update' {
            [CompletionResult]::new('--cpu-period', '--cpu-period', [CompletionResultType]::ParameterName, 'Limit CPU CFS (Completely Fair Scheduler) period')
            [CompletionResult]::new('--cpu-quota', '--cpu-quota', [CompletionResultType]::ParameterName, 'Limit CPU CFS (Completely Fair Scheduler) quota')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpu-shares', '--cpu-shares', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpus', '--cpus', [CompletionResultType]::ParameterName, 'Number of CPUs')
            [CompletionResult]::new('--cpuset-cpus', '--cpuset-cpus', [CompletionResultType]::ParameterName, 'CPUs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('--cpuset-mems', '--cpuset-mems', [CompletionResultType]::ParameterName, 'MEMs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory-reservation', '--memory-reservation', [CompletionResultType]::ParameterName, 'Memory soft limit')
            [CompletionResult]::new('--pids-limit', '--pids-limit', [CompletionResultType]::ParameterName, 'Tune container pids limit (set -1 for unlimited)')
            [CompletionResult]::new('--blkio-weight', '--blkio-weight', [CompletionResultType]::ParameterName, 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)')
            [CompletionResult]::new('--cpu-rt-period', '--cpu-rt-period', [CompletionResultType]::ParameterName, 'Limit the CPU real-time period in microseconds')
            [CompletionResult]::new('--cpu-rt-runtime', '--cpu-rt-runtime', [CompletionResultType]::ParameterName, 'Limit the CPU real-time runtime in microseconds')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Convert the container to this isolation ("process" or "hyperv"); it is re-created with everything it has (name, config, volumes, networks, writable layer) and a new ID')
            [CompletionResult]::new('--kernel-memory', '--kernel-memory', [CompletionResultType]::ParameterName, 'Kernel memory limit')
            [CompletionResult]::new('--restart', '--restart', [CompletionResultType]::ParameterName, 'Restart policy to apply when a container exits')
            [CompletionResult]::new('--memory-swap', '--memory-swap', [CompletionResultType]::ParameterName, 'Swap limit equal to memory plus swap: -1 to enable unlimited swap')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;wait' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;ps' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Show all containers (default shows just running)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show all containers (default shows just running)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show n last created containers (includes all states) (default -1)')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Show n last created containers (includes all states) (default -1)')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show the latest created container (includes all states)')
            [CompletionResult]::new('--latest', '--latest', [CompletionResultType]::ParameterName, 'Show the latest created container (includes all states)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Don''t truncate output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display container IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display container IDs')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Display total file sizes')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Display total file sizes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;images' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Show all images (default hides intermediate images)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show all images (default hides intermediate images)')
            [CompletionResult]::new('--digests', '--digests', [CompletionResultType]::ParameterName, 'Show digests')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Don''t truncate output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only show image IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only show image IDs')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'List multi-platform images as a tree (EXPERIMENTAL)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;inspect' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Display total file sizes if the type is container')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Display total file sizes if the type is container')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only inspect objects of the given type')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;build' {
            [CompletionResult]::new('--add-host', '--add-host', [CompletionResultType]::ParameterName, 'Add a custom host-to-IP mapping ("host:ip")')
            [CompletionResult]::new('--cache-from', '--cache-from', [CompletionResultType]::ParameterName, 'Images to consider as cache sources')
            [CompletionResult]::new('--cgroup-parent', '--cgroup-parent', [CompletionResultType]::ParameterName, 'Set the parent cgroup for the "RUN" instructions during build')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Compress the build context using gzip')
            [CompletionResult]::new('--cpu-period', '--cpu-period', [CompletionResultType]::ParameterName, 'Limit the CPU CFS (Completely Fair Scheduler) period')
            [CompletionResult]::new('--cpu-quota', '--cpu-quota', [CompletionResultType]::ParameterName, 'Limit the CPU CFS (Completely Fair Scheduler) quota')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpu-shares', '--cpu-shares', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpuset-cpus', '--cpuset-cpus', [CompletionResultType]::ParameterName, 'CPUs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('--cpuset-mems', '--cpuset-mems', [CompletionResultType]::ParameterName, 'MEMs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('--disable-content-trust', '--disable-content-trust', [CompletionResultType]::ParameterName, 'Skip image verification (default true)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory-swap', '--memory-swap', [CompletionResultType]::ParameterName, 'Swap limit equal to memory plus swap: -1 to enable unlimited swap')
            [CompletionResult]::new('--security-opt', '--security-opt', [CompletionResultType]::ParameterName, 'Security options')
            [CompletionResult]::new('--shm-size', '--shm-size', [CompletionResultType]::ParameterName, 'Size of "/dev/shm"')
            [CompletionResult]::new('--ulimit', '--ulimit', [CompletionResultType]::ParameterName, 'Ulimit options (default [])')
            [CompletionResult]::new('--build-arg', '--build-arg', [CompletionResultType]::ParameterName, 'Set build-time variables')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Name of the Dockerfile (Default is "PATH/Dockerfile")')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Name of the Dockerfile (Default is "PATH/Dockerfile")')
            [CompletionResult]::new('--iidfile', '--iidfile', [CompletionResultType]::ParameterName, 'Write the image ID to the file')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Container isolation technology')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set metadata for an image')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Set the networking mode for the RUN instructions during build')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not use cache when building the image')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Set platform if server is multi-platform capable')
            [CompletionResult]::new('--pull', '--pull', [CompletionResultType]::ParameterName, 'Always attempt to pull a newer version of the image')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress the build output and print image ID on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress the build output and print image ID on success')
            [CompletionResult]::new('--rm', '--rm', [CompletionResultType]::ParameterName, 'Remove intermediate containers after a successful build (default true)')
            [CompletionResult]::new('--force-rm', '--force-rm', [CompletionResultType]::ParameterName, 'Always remove intermediate containers')
            [CompletionResult]::new('--squash', '--squash', [CompletionResultType]::ParameterName, 'Squash newly built layers into a single new layer')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Name and optionally a tag in the "name:tag" format')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Name and optionally a tag in the "name:tag" format')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Set the target build stage to build.')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;history' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Print sizes and dates in human readable format (default true)')
            [CompletionResult]::new('--human', '--human', [CompletionResultType]::ParameterName, 'Print sizes and dates in human readable format (default true)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Don''t truncate output')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only show image IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only show image IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;import' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Apply Dockerfile instruction to the created image')
            [CompletionResult]::new('--change', '--change', [CompletionResultType]::ParameterName, 'Apply Dockerfile instruction to the created image')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Set commit message for imported image')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Set commit message for imported image')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Set platform if server is multi-platform capable')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;load' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Read from tar archive file, instead of STDIN')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Read from tar archive file, instead of STDIN')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Load only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress the load output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress the load output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;login' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Password or Personal Access Token (PAT)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password or Personal Access Token (PAT)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Take the Password or Personal Access Token (PAT) from stdin')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Username')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;logout' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;pull' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Download all tagged images in the repository')
            [CompletionResult]::new('--all-tags', '--all-tags', [CompletionResultType]::ParameterName, 'Download all tagged images in the repository')
            [CompletionResult]::new('--disable-content-trust', '--disable-content-trust', [CompletionResultType]::ParameterName, 'Skip image verification (default true)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Set platform if server is multi-platform capable')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress verbose output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress verbose output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;push' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Push all tags of an image to the repository')
            [CompletionResult]::new('--all-tags', '--all-tags', [CompletionResultType]::ParameterName, 'Push all tags of an image to the repository')
            [CompletionResult]::new('--disable-content-trust', '--disable-content-trust', [CompletionResultType]::ParameterName, 'Skip image signing (default true)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Push a platform-specific manifest as a single-platform image to the registry. Image index won''t be pushed, meaning that other manifests, including attestations won''t be preserved. ''os[/arch[/variant]]'': Explicit platform (eg. linux/amd64)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress verbose output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress verbose output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;search' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Pretty-print search using a Go template')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Max number of search results')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Don''t truncate output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;rmi' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force removal of the image')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force removal of the image')
            [CompletionResult]::new('--no-prune', '--no-prune', [CompletionResultType]::ParameterName, 'Do not delete untagged parents')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;save' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to a file, instead of STDOUT')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to a file, instead of STDOUT')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Save only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;tag' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;builder' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an image from a Dockerfile')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove build cache')
            break
        }
        'hvdock;builder;build' {
            [CompletionResult]::new('--add-host', '--add-host', [CompletionResultType]::ParameterName, 'Add a custom host-to-IP mapping ("host:ip")')
            [CompletionResult]::new('--cache-from', '--cache-from', [CompletionResultType]::ParameterName, 'Images to consider as cache sources')
            [CompletionResult]::new('--cgroup-parent', '--cgroup-parent', [CompletionResultType]::ParameterName, 'Set the parent cgroup for the "RUN" instructions during build')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Compress the build context using gzip')
            [CompletionResult]::new('--cpu-period', '--cpu-period', [CompletionResultType]::ParameterName, 'Limit the CPU CFS (Completely Fair Scheduler) period')
            [CompletionResult]::new('--cpu-quota', '--cpu-quota', [CompletionResultType]::ParameterName, 'Limit the CPU CFS (Completely Fair Scheduler) quota')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpu-shares', '--cpu-shares', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpuset-cpus', '--cpuset-cpus', [CompletionResultType]::ParameterName, 'CPUs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('--cpuset-mems', '--cpuset-mems', [CompletionResultType]::ParameterName, 'MEMs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('--disable-content-trust', '--disable-content-trust', [CompletionResultType]::ParameterName, 'Skip image verification (default true)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory-swap', '--memory-swap', [CompletionResultType]::ParameterName, 'Swap limit equal to memory plus swap: -1 to enable unlimited swap')
            [CompletionResult]::new('--security-opt', '--security-opt', [CompletionResultType]::ParameterName, 'Security options')
            [CompletionResult]::new('--shm-size', '--shm-size', [CompletionResultType]::ParameterName, 'Size of "/dev/shm"')
            [CompletionResult]::new('--ulimit', '--ulimit', [CompletionResultType]::ParameterName, 'Ulimit options (default [])')
            [CompletionResult]::new('--build-arg', '--build-arg', [CompletionResultType]::ParameterName, 'Set build-time variables')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Name of the Dockerfile (Default is "PATH/Dockerfile")')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Name of the Dockerfile (Default is "PATH/Dockerfile")')
            [CompletionResult]::new('--iidfile', '--iidfile', [CompletionResultType]::ParameterName, 'Write the image ID to the file')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Container isolation technology')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set metadata for an image')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Set the networking mode for the RUN instructions during build')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not use cache when building the image')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Set platform if server is multi-platform capable')
            [CompletionResult]::new('--pull', '--pull', [CompletionResultType]::ParameterName, 'Always attempt to pull a newer version of the image')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress the build output and print image ID on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress the build output and print image ID on success')
            [CompletionResult]::new('--rm', '--rm', [CompletionResultType]::ParameterName, 'Remove intermediate containers after a successful build (default true)')
            [CompletionResult]::new('--force-rm', '--force-rm', [CompletionResultType]::ParameterName, 'Always remove intermediate containers')
            [CompletionResult]::new('--squash', '--squash', [CompletionResultType]::ParameterName, 'Squash newly built layers into a single new layer')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Name and optionally a tag in the "name:tag" format')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Name and optionally a tag in the "name:tag" format')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Set the target build stage to build.')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;builder;prune' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Remove all unused build cache, not just dangling ones')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Remove all unused build cache, not just dangling ones')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "until=24h")')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--keep-storage', '--keep-storage', [CompletionResultType]::ParameterName, 'Amount of disk space to keep for cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach local standard input, output, and error streams to a running container')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Create a new image from a container''s changes')
            [CompletionResult]::new('cp', 'cp', [CompletionResultType]::ParameterValue, 'Copy files/folders between a container and the local filesystem')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new container')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Inspect changes to files or directories on a container''s filesystem')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Execute a command in a running container')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a container''s filesystem as a tar archive')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Display detailed information on one or more containers')
            [CompletionResult]::new('kill', 'kill', [CompletionResultType]::ParameterValue, 'Kill one or more running containers')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List containers')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List containers')
            [CompletionResult]::new('ps', 'ps', [CompletionResultType]::ParameterValue, 'List containers')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Fetch the logs of a container')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause all processes within one or more containers')
            [CompletionResult]::new('port', 'port', [CompletionResultType]::ParameterValue, 'List port mappings or a specific mapping for the container')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove all stopped containers')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a container')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart one or more containers')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove one or more containers')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one or more containers')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Create and run a new container from an image')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start one or more stopped containers')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Display a live stream of container(s) resource usage statistics')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop one or more running containers')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'Display the running processes of a container')
            [CompletionResult]::new('unpause', 'unpause', [CompletionResultType]::ParameterValue, 'Unpause all processes within one or more containers')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update configuration of one or more containers (and convert their isolation)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Block until one or more containers stop, then print their exit codes')
            break
        }
        'hvdock;container;attach' {
            [CompletionResult]::new('--detach-keys', '--detach-keys', [CompletionResultType]::ParameterName, 'Override the key sequence for detaching a container')
            [CompletionResult]::new('--no-stdin', '--no-stdin', [CompletionResultType]::ParameterName, 'Do not attach STDIN')
            [CompletionResult]::new('--sig-proxy', '--sig-proxy', [CompletionResultType]::ParameterName, 'Proxy all received signals to the process (default true)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;commit' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Apply Dockerfile instruction to the created image')
            [CompletionResult]::new('--change', '--change', [CompletionResultType]::ParameterName, 'Apply Dockerfile instruction to the created image')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Commit message')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Commit message')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Pause container during commit (default true)')
            [CompletionResult]::new('--pause', '--pause', [CompletionResultType]::ParameterName, 'Pause container during commit (default true)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;cp' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Archive mode (copy all uid/gid information)')
            [CompletionResult]::new('--archive', '--archive', [CompletionResultType]::ParameterName, 'Archive mode (copy all uid/gid information)')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'Always follow symbol link in SRC_PATH')
            [CompletionResult]::new('--follow-link', '--follow-link', [CompletionResultType]::ParameterName, 'Always follow symbol link in SRC_PATH')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;create' {
            [CompletionResult]::new('--cpu-period', '--cpu-period', [CompletionResultType]::ParameterName, 'Limit CPU CFS (Completely Fair Scheduler) period')
            [CompletionResult]::new('--cpu-quota', '--cpu-quota', [CompletionResultType]::ParameterName, 'Limit CPU CFS (Completely Fair Scheduler) quota')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpu-shares', '--cpu-shares', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpus', '--cpus', [CompletionResultType]::ParameterName, 'Number of CPUs')
            [CompletionResult]::new('--cpuset-cpus', '--cpuset-cpus', [CompletionResultType]::ParameterName, 'CPUs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('--cpuset-mems', '--cpuset-mems', [CompletionResultType]::ParameterName, 'MEMs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory-reservation', '--memory-reservation', [CompletionResultType]::ParameterName, 'Memory soft limit')
            [CompletionResult]::new('--memory-swap', '--memory-swap', [CompletionResultType]::ParameterName, 'Swap limit equal to memory plus swap: ''-1'' to enable unlimited swap')
            [CompletionResult]::new('--pids-limit', '--pids-limit', [CompletionResultType]::ParameterName, 'Tune container pids limit (set -1 for unlimited)')
            [CompletionResult]::new('--add-host', '--add-host', [CompletionResultType]::ParameterName, 'Add a custom host-to-IP mapping (host:ip)')
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'Add an annotation to the container (passed through to the OCI runtime) (default map[])')
            [CompletionResult]::new('--blkio-weight', '--blkio-weight', [CompletionResultType]::ParameterName, 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)')
            [CompletionResult]::new('--blkio-weight-device', '--blkio-weight-device', [CompletionResultType]::ParameterName, 'Block IO weight (relative device weight) (default [])')
            [CompletionResult]::new('--cpu-count', '--cpu-count', [CompletionResultType]::ParameterName, 'CPU count (Windows only)')
            [CompletionResult]::new('--cpu-percent', '--cpu-percent', [CompletionResultType]::ParameterName, 'CPU percent (Windows only)')
            [CompletionResult]::new('--io-maxbandwidth', '--io-maxbandwidth', [CompletionResultType]::ParameterName, 'Maximum IO bandwidth limit for the system drive (Windows only)')
            [CompletionResult]::new('--io-maxiops', '--io-maxiops', [CompletionResultType]::ParameterName, 'Maximum IOps limit for the system drive (Windows only)')
            [CompletionResult]::new('--cpu-rt-period', '--cpu-rt-period', [CompletionResultType]::ParameterName, 'Limit CPU real-time period in microseconds')
            [CompletionResult]::new('--cpu-rt-runtime', '--cpu-rt-runtime', [CompletionResultType]::ParameterName, 'Limit CPU real-time runtime in microseconds')
            [CompletionResult]::new('--device-read-bps', '--device-read-bps', [CompletionResultType]::ParameterName, 'Limit read rate (bytes per second) from a device (default [])')
            [CompletionResult]::new('--device-read-iops', '--device-read-iops', [CompletionResultType]::ParameterName, 'Limit read rate (IO per second) from a device (default [])')
            [CompletionResult]::new('--device-write-bps', '--device-write-bps', [CompletionResultType]::ParameterName, 'Limit write rate (bytes per second) to a device (default [])')
            [CompletionResult]::new('--device-write-iops', '--device-write-iops', [CompletionResultType]::ParameterName, 'Limit write rate (IO per second) to a device (default [])')
            [CompletionResult]::new('--disable-content-trust', '--disable-content-trust', [CompletionResultType]::ParameterName, 'Skip image verification (default true)')
            [CompletionResult]::new('--gpus', '--gpus', [CompletionResultType]::ParameterName, 'GPU devices to add to the container (''all'' to pass all GPUs)')
            [CompletionResult]::new('--kernel-memory', '--kernel-memory', [CompletionResultType]::ParameterName, 'Kernel memory limit')
            [CompletionResult]::new('--link-local-ip', '--link-local-ip', [CompletionResultType]::ParameterName, 'Container IPv4/IPv6 link-local addresses')
            [CompletionResult]::new('--use-api-socket', '--use-api-socket', [CompletionResultType]::ParameterName, 'Bind mount Docker API socket and required auth')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Attach to STDIN, STDOUT or STDERR')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach to STDIN, STDOUT or STDERR')
            [CompletionResult]::new('--cap-add', '--cap-add', [CompletionResultType]::ParameterName, 'Add Linux capabilities')
            [CompletionResult]::new('--cap-drop', '--cap-drop', [CompletionResultType]::ParameterName, 'Drop Linux capabilities')
            [CompletionResult]::new('--cgroup-parent', '--cgroup-parent', [CompletionResultType]::ParameterName, 'Optional parent cgroup for the container')
            [CompletionResult]::new('--cgroupns', '--cgroupns', [CompletionResultType]::ParameterName, 'Cgroup namespace to use (host|private) ''host'':    Run the container in the Docker host''s cgroup namespace ''private'': Run the container in its own private cgroup namespace '''':        Use the cgroup namespace as configured by the            default-cgroupns-mode option on the daemon (default)')
            [CompletionResult]::new('--cidfile', '--cidfile', [CompletionResultType]::ParameterName, 'Write the container ID to the file')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Add a host device to the container')
            [CompletionResult]::new('--device-cgroup-rule', '--device-cgroup-rule', [CompletionResultType]::ParameterName, 'Add a rule to the cgroup allowed devices list')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Set custom DNS servers')
            [CompletionResult]::new('--dns-option', '--dns-option', [CompletionResultType]::ParameterName, 'Set DNS options')
            [CompletionResult]::new('--dns-search', '--dns-search', [CompletionResultType]::ParameterName, 'Set custom DNS search domains')
            [CompletionResult]::new('--domainname', '--domainname', [CompletionResultType]::ParameterName, 'Container NIS domain name')
            [CompletionResult]::new('--entrypoint', '--entrypoint', [CompletionResultType]::ParameterName, 'Overwrite the default ENTRYPOINT of the image')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Set environment variables')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set environment variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read in a file of environment variables')
            [CompletionResult]::new('--expose', '--expose', [CompletionResultType]::ParameterName, 'Expose a port or a range of ports')
            [CompletionResult]::new('--group-add', '--group-add', [CompletionResultType]::ParameterName, 'Add additional groups to join')
            [CompletionResult]::new('--health-cmd', '--health-cmd', [CompletionResultType]::ParameterName, 'Command to run to check health')
            [CompletionResult]::new('--health-interval', '--health-interval', [CompletionResultType]::ParameterName, 'Time between running the check (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('--health-retries', '--health-retries', [CompletionResultType]::ParameterName, 'Consecutive failures needed to report unhealthy')
            [CompletionResult]::new('--health-start-interval', '--health-start-interval', [CompletionResultType]::ParameterName, 'Time between running the check during the start period (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('--health-start-period', '--health-start-period', [CompletionResultType]::ParameterName, 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('--health-timeout', '--health-timeout', [CompletionResultType]::ParameterName, 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Container host name')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'Container host name')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Run an init inside the container that forwards signals and reaps processes')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open even if not attached')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open even if not attached')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'IPv4 address (e.g., 172.30.100.104)')
            [CompletionResult]::new('--ip6', '--ip6', [CompletionResultType]::ParameterName, 'IPv6 address (e.g., 2001:db8::33)')
            [CompletionResult]::new('--ipc', '--ipc', [CompletionResultType]::ParameterName, 'IPC mode to use')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Container isolation technology')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Set meta data on a container')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set meta data on a container')
            [CompletionResult]::new('--label-file', '--label-file', [CompletionResultType]::ParameterName, 'Read in a line delimited file of labels')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Add link to another container')
            [CompletionResult]::new('--log-driver', '--log-driver', [CompletionResultType]::ParameterName, 'Logging driver for the container')
            [CompletionResult]::new('--log-opt', '--log-opt', [CompletionResultType]::ParameterName, 'Log driver options')
            [CompletionResult]::new('--mac-address', '--mac-address', [CompletionResultType]::ParameterName, 'Container MAC address (e.g., 92:d0:c6:0a:29:33)')
            [CompletionResult]::new('--memory-swappiness', '--memory-swappiness', [CompletionResultType]::ParameterName, 'Tune container memory swappiness (0 to 100) (default -1)')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Attach a filesystem mount to the container')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Assign a name to the container')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Connect a container to a network')
            [CompletionResult]::new('--network-alias', '--network-alias', [CompletionResultType]::ParameterName, 'Add network-scoped alias for the container')
            [CompletionResult]::new('--no-healthcheck', '--no-healthcheck', [CompletionResultType]::ParameterName, 'Disable any container-specified HEALTHCHECK')
            [CompletionResult]::new('--oom-kill-disable', '--oom-kill-disable', [CompletionResultType]::ParameterName, 'Disable OOM Killer')
            [CompletionResult]::new('--oom-score-adj', '--oom-score-adj', [CompletionResultType]::ParameterName, 'Tune host''s OOM preferences (-1000 to 1000)')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'PID namespace to use')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Set platform if server is multi-platform capable')
            [CompletionResult]::new('--privileged', '--privileged', [CompletionResultType]::ParameterName, 'Give extended privileges to this container')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Publish a container''s port(s) to the host')
            [CompletionResult]::new('--publish', '--publish', [CompletionResultType]::ParameterName, 'Publish a container''s port(s) to the host')
            [CompletionResult]::new('-P', '-P ', [CompletionResultType]::ParameterName, 'Publish all exposed ports to random ports')
            [CompletionResult]::new('--publish-all', '--publish-all', [CompletionResultType]::ParameterName, 'Publish all exposed ports to random ports')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress the pull output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress the pull output')
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'Mount the container''s root filesystem as read only')
            [CompletionResult]::new('--restart', '--restart', [CompletionResultType]::ParameterName, 'Restart policy to apply when a container exits (default "no")')
            [CompletionResult]::new('--rm', '--rm', [CompletionResultType]::ParameterName, 'Automatically remove the container and its associated anonymous volumes when it exits')
            [CompletionResult]::new('--runtime', '--runtime', [CompletionResultType]::ParameterName, 'Runtime to use for this container')
            [CompletionResult]::new('--security-opt', '--security-opt', [CompletionResultType]::ParameterName, 'Security Options')
            [CompletionResult]::new('--shm-size', '--shm-size', [CompletionResultType]::ParameterName, 'Size of /dev/shm')
            [CompletionResult]::new('--stop-signal', '--stop-signal', [CompletionResultType]::ParameterName, 'Signal to stop the container')
            [CompletionResult]::new('--stop-timeout', '--stop-timeout', [CompletionResultType]::ParameterName, 'Timeout (in seconds) to stop a container')
            [CompletionResult]::new('--storage-opt', '--storage-opt', [CompletionResultType]::ParameterName, 'Storage driver options for the container')
            [CompletionResult]::new('--sysctl', '--sysctl', [CompletionResultType]::ParameterName, 'Sysctl options (default map[])')
            [CompletionResult]::new('--tmpfs', '--tmpfs', [CompletionResultType]::ParameterName, 'Mount a tmpfs directory')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('--ulimit', '--ulimit', [CompletionResultType]::ParameterName, 'Ulimit options (default [])')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Username or UID (format: <name|uid>[:<group|gid>])')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or UID (format: <name|uid>[:<group|gid>])')
            [CompletionResult]::new('--userns', '--userns', [CompletionResultType]::ParameterName, 'User namespace to use')
            [CompletionResult]::new('--uts', '--uts', [CompletionResultType]::ParameterName, 'UTS namespace to use')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Bind mount a volume')
            [CompletionResult]::new('--volume', '--volume', [CompletionResultType]::ParameterName, 'Bind mount a volume')
            [CompletionResult]::new('--volume-driver', '--volume-driver', [CompletionResultType]::ParameterName, 'Optional volume driver for the container')
            [CompletionResult]::new('--volumes-from', '--volumes-from', [CompletionResultType]::ParameterName, 'Mount volumes from the specified container(s)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('--workdir', '--workdir', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('--pull', '--pull', [CompletionResultType]::ParameterName, 'Pull image before creating ("always", "|missing", "never")')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;diff' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;exec' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Detached mode: run command in the background')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Detached mode: run command in the background')
            [CompletionResult]::new('--detach-keys', '--detach-keys', [CompletionResultType]::ParameterName, 'Override the key sequence for detaching a container')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Set environment variables')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set environment variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read in a file of environment variables')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open even if not attached')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open even if not attached')
            [CompletionResult]::new('--privileged', '--privileged', [CompletionResultType]::ParameterName, 'Give extended privileges to the command')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Username or UID (format: "<name|uid>[:<group|gid>]")')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or UID (format: "<name|uid>[:<group|gid>]")')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('--workdir', '--workdir', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;export' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to a file, instead of STDOUT')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to a file, instead of STDOUT')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;inspect' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Display total file sizes')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Display total file sizes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;kill' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Signal to send to the container')
            [CompletionResult]::new('--signal', '--signal', [CompletionResultType]::ParameterName, 'Signal to send to the container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;ls' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Show all containers (default shows just running)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show all containers (default shows just running)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show n last created containers (includes all states) (default -1)')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Show n last created containers (includes all states) (default -1)')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show the latest created container (includes all states)')
            [CompletionResult]::new('--latest', '--latest', [CompletionResultType]::ParameterName, 'Show the latest created container (includes all states)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Don''t truncate output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display container IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display container IDs')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Display total file sizes')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Display total file sizes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;list' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Show all containers (default shows just running)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show all containers (default shows just running)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show n last created containers (includes all states) (default -1)')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Show n last created containers (includes all states) (default -1)')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show the latest created container (includes all states)')
            [CompletionResult]::new('--latest', '--latest', [CompletionResultType]::ParameterName, 'Show the latest created container (includes all states)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Don''t truncate output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display container IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display container IDs')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Display total file sizes')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Display total file sizes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;ps' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Show all containers (default shows just running)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show all containers (default shows just running)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show n last created containers (includes all states) (default -1)')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Show n last created containers (includes all states) (default -1)')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Show the latest created container (includes all states)')
            [CompletionResult]::new('--latest', '--latest', [CompletionResultType]::ParameterName, 'Show the latest created container (includes all states)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Don''t truncate output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display container IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display container IDs')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Display total file sizes')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Display total file sizes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;logs' {
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Show extra details provided to logs')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Follow log output')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Follow log output')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Number of lines to show from the end of the logs (default "all")')
            [CompletionResult]::new('--tail', '--tail', [CompletionResultType]::ParameterName, 'Number of lines to show from the end of the logs (default "all")')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Show timestamps')
            [CompletionResult]::new('--timestamps', '--timestamps', [CompletionResultType]::ParameterName, 'Show timestamps')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;pause' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;port' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;prune' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "until=<timestamp>")')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;rename' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;restart' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Signal to send to the container')
            [CompletionResult]::new('--signal', '--signal', [CompletionResultType]::ParameterName, 'Signal to send to the container')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Seconds to wait before killing the container')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait before killing the container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;rm' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force the removal of a running container (uses SIGKILL)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force the removal of a running container (uses SIGKILL)')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Remove the specified link')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Remove the specified link')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Remove anonymous volumes associated with the container')
            [CompletionResult]::new('--volumes', '--volumes', [CompletionResultType]::ParameterName, 'Remove anonymous volumes associated with the container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;remove' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force the removal of a running container (uses SIGKILL)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force the removal of a running container (uses SIGKILL)')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Remove the specified link')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Remove the specified link')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Remove anonymous volumes associated with the container')
            [CompletionResult]::new('--volumes', '--volumes', [CompletionResultType]::ParameterName, 'Remove anonymous volumes associated with the container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;run' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Run container in background and print container ID')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Run container in background and print container ID')
            [CompletionResult]::new('--detach-keys', '--detach-keys', [CompletionResultType]::ParameterName, 'Override the key sequence for detaching a container')
            [CompletionResult]::new('--sig-proxy', '--sig-proxy', [CompletionResultType]::ParameterName, 'Proxy received signals to the process (default true)')
            [CompletionResult]::new('--cpu-period', '--cpu-period', [CompletionResultType]::ParameterName, 'Limit CPU CFS (Completely Fair Scheduler) period')
            [CompletionResult]::new('--cpu-quota', '--cpu-quota', [CompletionResultType]::ParameterName, 'Limit CPU CFS (Completely Fair Scheduler) quota')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpu-shares', '--cpu-shares', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpus', '--cpus', [CompletionResultType]::ParameterName, 'Number of CPUs')
            [CompletionResult]::new('--cpuset-cpus', '--cpuset-cpus', [CompletionResultType]::ParameterName, 'CPUs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('--cpuset-mems', '--cpuset-mems', [CompletionResultType]::ParameterName, 'MEMs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory-reservation', '--memory-reservation', [CompletionResultType]::ParameterName, 'Memory soft limit')
            [CompletionResult]::new('--memory-swap', '--memory-swap', [CompletionResultType]::ParameterName, 'Swap limit equal to memory plus swap: ''-1'' to enable unlimited swap')
            [CompletionResult]::new('--pids-limit', '--pids-limit', [CompletionResultType]::ParameterName, 'Tune container pids limit (set -1 for unlimited)')
            [CompletionResult]::new('--add-host', '--add-host', [CompletionResultType]::ParameterName, 'Add a custom host-to-IP mapping (host:ip)')
            [CompletionResult]::new('--annotation', '--annotation', [CompletionResultType]::ParameterName, 'Add an annotation to the container (passed through to the OCI runtime) (default map[])')
            [CompletionResult]::new('--blkio-weight', '--blkio-weight', [CompletionResultType]::ParameterName, 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)')
            [CompletionResult]::new('--blkio-weight-device', '--blkio-weight-device', [CompletionResultType]::ParameterName, 'Block IO weight (relative device weight) (default [])')
            [CompletionResult]::new('--cpu-count', '--cpu-count', [CompletionResultType]::ParameterName, 'CPU count (Windows only)')
            [CompletionResult]::new('--cpu-percent', '--cpu-percent', [CompletionResultType]::ParameterName, 'CPU percent (Windows only)')
            [CompletionResult]::new('--io-maxbandwidth', '--io-maxbandwidth', [CompletionResultType]::ParameterName, 'Maximum IO bandwidth limit for the system drive (Windows only)')
            [CompletionResult]::new('--io-maxiops', '--io-maxiops', [CompletionResultType]::ParameterName, 'Maximum IOps limit for the system drive (Windows only)')
            [CompletionResult]::new('--cpu-rt-period', '--cpu-rt-period', [CompletionResultType]::ParameterName, 'Limit CPU real-time period in microseconds')
            [CompletionResult]::new('--cpu-rt-runtime', '--cpu-rt-runtime', [CompletionResultType]::ParameterName, 'Limit CPU real-time runtime in microseconds')
            [CompletionResult]::new('--device-read-bps', '--device-read-bps', [CompletionResultType]::ParameterName, 'Limit read rate (bytes per second) from a device (default [])')
            [CompletionResult]::new('--device-read-iops', '--device-read-iops', [CompletionResultType]::ParameterName, 'Limit read rate (IO per second) from a device (default [])')
            [CompletionResult]::new('--device-write-bps', '--device-write-bps', [CompletionResultType]::ParameterName, 'Limit write rate (bytes per second) to a device (default [])')
            [CompletionResult]::new('--device-write-iops', '--device-write-iops', [CompletionResultType]::ParameterName, 'Limit write rate (IO per second) to a device (default [])')
            [CompletionResult]::new('--disable-content-trust', '--disable-content-trust', [CompletionResultType]::ParameterName, 'Skip image verification (default true)')
            [CompletionResult]::new('--gpus', '--gpus', [CompletionResultType]::ParameterName, 'GPU devices to add to the container (''all'' to pass all GPUs)')
            [CompletionResult]::new('--kernel-memory', '--kernel-memory', [CompletionResultType]::ParameterName, 'Kernel memory limit')
            [CompletionResult]::new('--link-local-ip', '--link-local-ip', [CompletionResultType]::ParameterName, 'Container IPv4/IPv6 link-local addresses')
            [CompletionResult]::new('--use-api-socket', '--use-api-socket', [CompletionResultType]::ParameterName, 'Bind mount Docker API socket and required auth')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Attach to STDIN, STDOUT or STDERR')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach to STDIN, STDOUT or STDERR')
            [CompletionResult]::new('--cap-add', '--cap-add', [CompletionResultType]::ParameterName, 'Add Linux capabilities')
            [CompletionResult]::new('--cap-drop', '--cap-drop', [CompletionResultType]::ParameterName, 'Drop Linux capabilities')
            [CompletionResult]::new('--cgroup-parent', '--cgroup-parent', [CompletionResultType]::ParameterName, 'Optional parent cgroup for the container')
            [CompletionResult]::new('--cgroupns', '--cgroupns', [CompletionResultType]::ParameterName, 'Cgroup namespace to use (host|private) ''host'':    Run the container in the Docker host''s cgroup namespace ''private'': Run the container in its own private cgroup namespace '''':        Use the cgroup namespace as configured by the            default-cgroupns-mode option on the daemon (default)')
            [CompletionResult]::new('--cidfile', '--cidfile', [CompletionResultType]::ParameterName, 'Write the container ID to the file')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Add a host device to the container')
            [CompletionResult]::new('--device-cgroup-rule', '--device-cgroup-rule', [CompletionResultType]::ParameterName, 'Add a rule to the cgroup allowed devices list')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Set custom DNS servers')
            [CompletionResult]::new('--dns-option', '--dns-option', [CompletionResultType]::ParameterName, 'Set DNS options')
            [CompletionResult]::new('--dns-search', '--dns-search', [CompletionResultType]::ParameterName, 'Set custom DNS search domains')
            [CompletionResult]::new('--domainname', '--domainname', [CompletionResultType]::ParameterName, 'Container NIS domain name')
            [CompletionResult]::new('--entrypoint', '--entrypoint', [CompletionResultType]::ParameterName, 'Overwrite the default ENTRYPOINT of the image')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Set environment variables')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set environment variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read in a file of environment variables')
            [CompletionResult]::new('--expose', '--expose', [CompletionResultType]::ParameterName, 'Expose a port or a range of ports')
            [CompletionResult]::new('--group-add', '--group-add', [CompletionResultType]::ParameterName, 'Add additional groups to join')
            [CompletionResult]::new('--health-cmd', '--health-cmd', [CompletionResultType]::ParameterName, 'Command to run to check health')
            [CompletionResult]::new('--health-interval', '--health-interval', [CompletionResultType]::ParameterName, 'Time between running the check (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('--health-retries', '--health-retries', [CompletionResultType]::ParameterName, 'Consecutive failures needed to report unhealthy')
            [CompletionResult]::new('--health-start-interval', '--health-start-interval', [CompletionResultType]::ParameterName, 'Time between running the check during the start period (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('--health-start-period', '--health-start-period', [CompletionResultType]::ParameterName, 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('--health-timeout', '--health-timeout', [CompletionResultType]::ParameterName, 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Container host name')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'Container host name')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Run an init inside the container that forwards signals and reaps processes')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open even if not attached')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open even if not attached')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'IPv4 address (e.g., 172.30.100.104)')
            [CompletionResult]::new('--ip6', '--ip6', [CompletionResultType]::ParameterName, 'IPv6 address (e.g., 2001:db8::33)')
            [CompletionResult]::new('--ipc', '--ipc', [CompletionResultType]::ParameterName, 'IPC mode to use')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Container isolation technology')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Set meta data on a container')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set meta data on a container')
            [CompletionResult]::new('--label-file', '--label-file', [CompletionResultType]::ParameterName, 'Read in a line delimited file of labels')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Add link to another container')
            [CompletionResult]::new('--log-driver', '--log-driver', [CompletionResultType]::ParameterName, 'Logging driver for the container')
            [CompletionResult]::new('--log-opt', '--log-opt', [CompletionResultType]::ParameterName, 'Log driver options')
            [CompletionResult]::new('--mac-address', '--mac-address', [CompletionResultType]::ParameterName, 'Container MAC address (e.g., 92:d0:c6:0a:29:33)')
            [CompletionResult]::new('--memory-swappiness', '--memory-swappiness', [CompletionResultType]::ParameterName, 'Tune container memory swappiness (0 to 100) (default -1)')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Attach a filesystem mount to the container')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Assign a name to the container')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Connect a container to a network')
            [CompletionResult]::new('--network-alias', '--network-alias', [CompletionResultType]::ParameterName, 'Add network-scoped alias for the container')
            [CompletionResult]::new('--no-healthcheck', '--no-healthcheck', [CompletionResultType]::ParameterName, 'Disable any container-specified HEALTHCHECK')
            [CompletionResult]::new('--oom-kill-disable', '--oom-kill-disable', [CompletionResultType]::ParameterName, 'Disable OOM Killer')
            [CompletionResult]::new('--oom-score-adj', '--oom-score-adj', [CompletionResultType]::ParameterName, 'Tune host''s OOM preferences (-1000 to 1000)')
            [CompletionResult]::new('--pid', '--pid', [CompletionResultType]::ParameterName, 'PID namespace to use')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Set platform if server is multi-platform capable')
            [CompletionResult]::new('--privileged', '--privileged', [CompletionResultType]::ParameterName, 'Give extended privileges to this container')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Publish a container''s port(s) to the host')
            [CompletionResult]::new('--publish', '--publish', [CompletionResultType]::ParameterName, 'Publish a container''s port(s) to the host')
            [CompletionResult]::new('-P', '-P ', [CompletionResultType]::ParameterName, 'Publish all exposed ports to random ports')
            [CompletionResult]::new('--publish-all', '--publish-all', [CompletionResultType]::ParameterName, 'Publish all exposed ports to random ports')
            [CompletionResult]::new('--pull', '--pull', [CompletionResultType]::ParameterName, 'Pull image before running ("always", "missing", "never")')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress the pull output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress the pull output')
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'Mount the container''s root filesystem as read only')
            [CompletionResult]::new('--restart', '--restart', [CompletionResultType]::ParameterName, 'Restart policy to apply when a container exits (default "no")')
            [CompletionResult]::new('--rm', '--rm', [CompletionResultType]::ParameterName, 'Automatically remove the container and its associated anonymous volumes when it exits')
            [CompletionResult]::new('--runtime', '--runtime', [CompletionResultType]::ParameterName, 'Runtime to use for this container')
            [CompletionResult]::new('--security-opt', '--security-opt', [CompletionResultType]::ParameterName, 'Security Options')
            [CompletionResult]::new('--shm-size', '--shm-size', [CompletionResultType]::ParameterName, 'Size of /dev/shm')
            [CompletionResult]::new('--stop-signal', '--stop-signal', [CompletionResultType]::ParameterName, 'Signal to stop the container')
            [CompletionResult]::new('--stop-timeout', '--stop-timeout', [CompletionResultType]::ParameterName, 'Timeout (in seconds) to stop a container')
            [CompletionResult]::new('--storage-opt', '--storage-opt', [CompletionResultType]::ParameterName, 'Storage driver options for the container')
            [CompletionResult]::new('--sysctl', '--sysctl', [CompletionResultType]::ParameterName, 'Sysctl options (default map[])')
            [CompletionResult]::new('--tmpfs', '--tmpfs', [CompletionResultType]::ParameterName, 'Mount a tmpfs directory')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('--ulimit', '--ulimit', [CompletionResultType]::ParameterName, 'Ulimit options (default [])')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Username or UID (format: <name|uid>[:<group|gid>])')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or UID (format: <name|uid>[:<group|gid>])')
            [CompletionResult]::new('--userns', '--userns', [CompletionResultType]::ParameterName, 'User namespace to use')
            [CompletionResult]::new('--uts', '--uts', [CompletionResultType]::ParameterName, 'UTS namespace to use')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Bind mount a volume')
            [CompletionResult]::new('--volume', '--volume', [CompletionResultType]::ParameterName, 'Bind mount a volume')
            [CompletionResult]::new('--volume-driver', '--volume-driver', [CompletionResultType]::ParameterName, 'Optional volume driver for the container')
            [CompletionResult]::new('--volumes-from', '--volumes-from', [CompletionResultType]::ParameterName, 'Mount volumes from the specified container(s)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('--workdir', '--workdir', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;start' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Attach STDOUT/STDERR and forward signals')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach STDOUT/STDERR and forward signals')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Restore from this checkpoint')
            [CompletionResult]::new('--checkpoint-dir', '--checkpoint-dir', [CompletionResultType]::ParameterName, 'Use a custom checkpoint storage directory')
            [CompletionResult]::new('--detach-keys', '--detach-keys', [CompletionResultType]::ParameterName, 'Override the key sequence for detaching a container')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Attach container''s STDIN')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Attach container''s STDIN')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;stats' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Show all containers (default shows just running)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show all containers (default shows just running)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--no-stream', '--no-stream', [CompletionResultType]::ParameterName, 'Disable streaming stats and only pull the first result')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Do not truncate output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;stop' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Signal to send to the container')
            [CompletionResult]::new('--signal', '--signal', [CompletionResultType]::ParameterName, 'Signal to send to the container')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Seconds to wait before killing the container')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait before killing the container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;top' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;unpause' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;update' {
            [CompletionResult]::new('--cpu-period', '--cpu-period', [CompletionResultType]::ParameterName, 'Limit CPU CFS (Completely Fair Scheduler) period')
            [CompletionResult]::new('--cpu-quota', '--cpu-quota', [CompletionResultType]::ParameterName, 'Limit CPU CFS (Completely Fair Scheduler) quota')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpu-shares', '--cpu-shares', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpus', '--cpus', [CompletionResultType]::ParameterName, 'Number of CPUs')
            [CompletionResult]::new('--cpuset-cpus', '--cpuset-cpus', [CompletionResultType]::ParameterName, 'CPUs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('--cpuset-mems', '--cpuset-mems', [CompletionResultType]::ParameterName, 'MEMs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory-reservation', '--memory-reservation', [CompletionResultType]::ParameterName, 'Memory soft limit')
            [CompletionResult]::new('--pids-limit', '--pids-limit', [CompletionResultType]::ParameterName, 'Tune container pids limit (set -1 for unlimited)')
            [CompletionResult]::new('--blkio-weight', '--blkio-weight', [CompletionResultType]::ParameterName, 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)')
            [CompletionResult]::new('--cpu-rt-period', '--cpu-rt-period', [CompletionResultType]::ParameterName, 'Limit the CPU real-time period in microseconds')
            [CompletionResult]::new('--cpu-rt-runtime', '--cpu-rt-runtime', [CompletionResultType]::ParameterName, 'Limit the CPU real-time runtime in microseconds')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Convert the container to this isolation ("process" or "hyperv"); it is re-created with everything it has (name, config, volumes, networks, writable layer) and a new ID')
            [CompletionResult]::new('--kernel-memory', '--kernel-memory', [CompletionResultType]::ParameterName, 'Kernel memory limit')
            [CompletionResult]::new('--restart', '--restart', [CompletionResultType]::ParameterName, 'Restart policy to apply when a container exits')
            [CompletionResult]::new('--memory-swap', '--memory-swap', [CompletionResultType]::ParameterName, 'Swap limit equal to memory plus swap: -1 to enable unlimited swap')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;container;wait' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;image' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Display detailed information on one or more images')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List images')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List images')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an image from a Dockerfile')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show the history of an image')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the contents from a tarball to create a filesystem image')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load an image from a tar archive or STDIN')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove unused images')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download an image from a registry')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Upload an image to a registry')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove one or more images')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one or more images')
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Save one or more images to a tar archive (streamed to STDOUT by default)')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE')
            break
        }
        'hvdock;image;inspect' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Inspect a specific platform of the multi-platform image. If the image or the server is not multi-platform capable, the command will error out if the platform does not match. ''os[/arch[/variant]]'': Explicit platform (eg. linux/amd64)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;image;ls' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Show all images (default hides intermediate images)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show all images (default hides intermediate images)')
            [CompletionResult]::new('--digests', '--digests', [CompletionResultType]::ParameterName, 'Show digests')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Don''t truncate output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only show image IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only show image IDs')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'List multi-platform images as a tree (EXPERIMENTAL)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;image;list' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Show all images (default hides intermediate images)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show all images (default hides intermediate images)')
            [CompletionResult]::new('--digests', '--digests', [CompletionResultType]::ParameterName, 'Show digests')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Don''t truncate output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only show image IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only show image IDs')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'List multi-platform images as a tree (EXPERIMENTAL)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;image;build' {
            [CompletionResult]::new('--add-host', '--add-host', [CompletionResultType]::ParameterName, 'Add a custom host-to-IP mapping ("host:ip")')
            [CompletionResult]::new('--cache-from', '--cache-from', [CompletionResultType]::ParameterName, 'Images to consider as cache sources')
            [CompletionResult]::new('--cgroup-parent', '--cgroup-parent', [CompletionResultType]::ParameterName, 'Set the parent cgroup for the "RUN" instructions during build')
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Compress the build context using gzip')
            [CompletionResult]::new('--cpu-period', '--cpu-period', [CompletionResultType]::ParameterName, 'Limit the CPU CFS (Completely Fair Scheduler) period')
            [CompletionResult]::new('--cpu-quota', '--cpu-quota', [CompletionResultType]::ParameterName, 'Limit the CPU CFS (Completely Fair Scheduler) quota')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpu-shares', '--cpu-shares', [CompletionResultType]::ParameterName, 'CPU shares (relative weight)')
            [CompletionResult]::new('--cpuset-cpus', '--cpuset-cpus', [CompletionResultType]::ParameterName, 'CPUs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('--cpuset-mems', '--cpuset-mems', [CompletionResultType]::ParameterName, 'MEMs in which to allow execution (0-3, 0,1)')
            [CompletionResult]::new('--disable-content-trust', '--disable-content-trust', [CompletionResultType]::ParameterName, 'Skip image verification (default true)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory limit')
            [CompletionResult]::new('--memory-swap', '--memory-swap', [CompletionResultType]::ParameterName, 'Swap limit equal to memory plus swap: -1 to enable unlimited swap')
            [CompletionResult]::new('--security-opt', '--security-opt', [CompletionResultType]::ParameterName, 'Security options')
            [CompletionResult]::new('--shm-size', '--shm-size', [CompletionResultType]::ParameterName, 'Size of "/dev/shm"')
            [CompletionResult]::new('--ulimit', '--ulimit', [CompletionResultType]::ParameterName, 'Ulimit options (default [])')
            [CompletionResult]::new('--build-arg', '--build-arg', [CompletionResultType]::ParameterName, 'Set build-time variables')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Name of the Dockerfile (Default is "PATH/Dockerfile")')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Name of the Dockerfile (Default is "PATH/Dockerfile")')
            [CompletionResult]::new('--iidfile', '--iidfile', [CompletionResultType]::ParameterName, 'Write the image ID to the file')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Container isolation technology')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set metadata for an image')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Set the networking mode for the RUN instructions during build')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not use cache when building the image')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Set platform if server is multi-platform capable')
            [CompletionResult]::new('--pull', '--pull', [CompletionResultType]::ParameterName, 'Always attempt to pull a newer version of the image')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress the build output and print image ID on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress the build output and print image ID on success')
            [CompletionResult]::new('--rm', '--rm', [CompletionResultType]::ParameterName, 'Remove intermediate containers after a successful build (default true)')
            [CompletionResult]::new('--force-rm', '--force-rm', [CompletionResultType]::ParameterName, 'Always remove intermediate containers')
            [CompletionResult]::new('--squash', '--squash', [CompletionResultType]::ParameterName, 'Squash newly built layers into a single new layer')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Name and optionally a tag in the "name:tag" format')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Name and optionally a tag in the "name:tag" format')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Set the target build stage to build.')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;image;history' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Print sizes and dates in human readable format (default true)')
            [CompletionResult]::new('--human', '--human', [CompletionResultType]::ParameterName, 'Print sizes and dates in human readable format (default true)')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Don''t truncate output')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only show image IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only show image IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;image;import' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Apply Dockerfile instruction to the created image')
            [CompletionResult]::new('--change', '--change', [CompletionResultType]::ParameterName, 'Apply Dockerfile instruction to the created image')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Set commit message for imported image')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Set commit message for imported image')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Set platform if server is multi-platform capable')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;image;load' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Read from tar archive file, instead of STDIN')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Read from tar archive file, instead of STDIN')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Load only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress the load output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress the load output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;image;prune' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Remove all unused images, not just dangling ones')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Remove all unused images, not just dangling ones')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "until=<timestamp>")')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;image;pull' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Download all tagged images in the repository')
            [CompletionResult]::new('--all-tags', '--all-tags', [CompletionResultType]::ParameterName, 'Download all tagged images in the repository')
            [CompletionResult]::new('--disable-content-trust', '--disable-content-trust', [CompletionResultType]::ParameterName, 'Skip image verification (default true)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Set platform if server is multi-platform capable')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress verbose output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress verbose output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;image;push' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Push all tags of an image to the repository')
            [CompletionResult]::new('--all-tags', '--all-tags', [CompletionResultType]::ParameterName, 'Push all tags of an image to the repository')
            [CompletionResult]::new('--disable-content-trust', '--disable-content-trust', [CompletionResultType]::ParameterName, 'Skip image signing (default true)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Push a platform-specific manifest as a single-platform image to the registry. Image index won''t be pushed, meaning that other manifests, including attestations won''t be preserved. ''os[/arch[/variant]]'': Explicit platform (eg. linux/amd64)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress verbose output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress verbose output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;image;rm' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force removal of the image')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force removal of the image')
            [CompletionResult]::new('--no-prune', '--no-prune', [CompletionResultType]::ParameterName, 'Do not delete untagged parents')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;image;remove' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force removal of the image')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force removal of the image')
            [CompletionResult]::new('--no-prune', '--no-prune', [CompletionResultType]::ParameterName, 'Do not delete untagged parents')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;image;save' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to a file, instead of STDOUT')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to a file, instead of STDOUT')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Save only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;image;tag' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;compute' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the compute (worker) process behind each running container')
            [CompletionResult]::new('ps', 'ps', [CompletionResultType]::ParameterValue, 'List the compute (worker) process behind each running container')
            break
        }
        'hvdock;compute;ls' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Also list sandbox and VM worker processes that belong to no container')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also list sandbox and VM worker processes that belong to no container')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Fields: .ID .Name .Owner .Type .Isolation .PID')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display container IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display container IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;compute;ps' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Also list sandbox and VM worker processes that belong to no container')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also list sandbox and VM worker processes that belong to no container')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Fields: .ID .Name .Owner .Type .Isolation .PID')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display container IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display container IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;isolation' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Prove each container''s isolation: compare its processes and kernel with the host''s')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Finish or roll back interrupted isolation conversions (update --isolation)')
            break
        }
        'hvdock;isolation;verify' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output: ''json'' prints one JSON object per container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;isolation;recover' {
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List interrupted conversions without repairing them')
            [CompletionResult]::new('--rollback', '--rollback', [CompletionResultType]::ParameterName, 'Roll back every conversion, also those whose replacement was already created')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;version' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;info' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;events' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Show all events created since timestamp')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Stream events until this timestamp')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;manifest' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('annotate', 'annotate', [CompletionResultType]::ParameterValue, 'Add additional information to a local image manifest')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a local manifest list for annotating and pushing to a registry')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Display an image manifest, or manifest list')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push a manifest list to a repository')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete one or more manifest lists from local storage')
            break
        }
        'hvdock;manifest;annotate' {
            [CompletionResult]::new('--arch', '--arch', [CompletionResultType]::ParameterName, 'Set architecture')
            [CompletionResult]::new('--os', '--os', [CompletionResultType]::ParameterName, 'Set operating system')
            [CompletionResult]::new('--os-features', '--os-features', [CompletionResultType]::ParameterName, 'Set operating system feature')
            [CompletionResult]::new('--os-version', '--os-version', [CompletionResultType]::ParameterName, 'Set operating system version')
            [CompletionResult]::new('--variant', '--variant', [CompletionResultType]::ParameterName, 'Set architecture variant')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;manifest;create' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Amend an existing manifest list')
            [CompletionResult]::new('--amend', '--amend', [CompletionResultType]::ParameterName, 'Amend an existing manifest list')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Allow communication with an insecure registry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;manifest;inspect' {
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Allow communication with an insecure registry')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Output additional info including layers and platform')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Output additional info including layers and platform')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;manifest;push' {
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Allow push to an insecure registry')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Remove the local manifest list after push')
            [CompletionResult]::new('--purge', '--purge', [CompletionResultType]::ParameterName, 'Remove the local manifest list after push')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;manifest;rm' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;checkpoint' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a checkpoint from a running container')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List checkpoints for a container')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List checkpoints for a container')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a checkpoint')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a checkpoint')
            break
        }
        'hvdock;checkpoint;create' {
            [CompletionResult]::new('--checkpoint-dir', '--checkpoint-dir', [CompletionResultType]::ParameterName, 'Use a custom checkpoint storage directory')
            [CompletionResult]::new('--leave-running', '--leave-running', [CompletionResultType]::ParameterName, 'Leave the container running after checkpoint')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;checkpoint;ls' {
            [CompletionResult]::new('--checkpoint-dir', '--checkpoint-dir', [CompletionResultType]::ParameterName, 'Use a custom checkpoint storage directory')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;checkpoint;list' {
            [CompletionResult]::new('--checkpoint-dir', '--checkpoint-dir', [CompletionResultType]::ParameterName, 'Use a custom checkpoint storage directory')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;checkpoint;rm' {
            [CompletionResult]::new('--checkpoint-dir', '--checkpoint-dir', [CompletionResultType]::ParameterName, 'Use a custom checkpoint storage directory')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;checkpoint;remove' {
            [CompletionResult]::new('--checkpoint-dir', '--checkpoint-dir', [CompletionResultType]::ParameterName, 'Use a custom checkpoint storage directory')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;network' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Connect a container to a network')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a network')
            [CompletionResult]::new('disconnect', 'disconnect', [CompletionResultType]::ParameterValue, 'Disconnect a container from a network')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Display detailed information on one or more networks')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List networks')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List networks')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove all unused networks')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove one or more networks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one or more networks')
            break
        }
        'hvdock;network;connect' {
            [CompletionResult]::new('--alias', '--alias', [CompletionResultType]::ParameterName, 'Add network-scoped alias for the container')
            [CompletionResult]::new('--driver-opt', '--driver-opt', [CompletionResultType]::ParameterName, 'driver options for the network')
            [CompletionResult]::new('--gw-priority', '--gw-priority', [CompletionResultType]::ParameterName, 'Highest gw-priority provides the default gateway. Accepts positive and negative values.')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'IPv4 address (e.g., "172.30.100.104")')
            [CompletionResult]::new('--ip6', '--ip6', [CompletionResultType]::ParameterName, 'IPv6 address (e.g., "2001:db8::33")')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Add link to another container')
            [CompletionResult]::new('--link-local-ip', '--link-local-ip', [CompletionResultType]::ParameterName, 'Add a link-local address for the container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;network;create' {
            [CompletionResult]::new('--attachable', '--attachable', [CompletionResultType]::ParameterName, 'Enable manual container attachment')
            [CompletionResult]::new('--aux-address', '--aux-address', [CompletionResultType]::ParameterName, 'Auxiliary IPv4 or IPv6 addresses used by Network driver (default map[])')
            [CompletionResult]::new('--config-from', '--config-from', [CompletionResultType]::ParameterName, 'The network from which to copy the configuration')
            [CompletionResult]::new('--config-only', '--config-only', [CompletionResultType]::ParameterName, 'Create a configuration only network')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Driver to manage the Network')
            [CompletionResult]::new('--driver', '--driver', [CompletionResultType]::ParameterName, 'Driver to manage the Network')
            [CompletionResult]::new('--gateway', '--gateway', [CompletionResultType]::ParameterName, 'IPv4 or IPv6 Gateway for the master subnet')
            [CompletionResult]::new('--ingress', '--ingress', [CompletionResultType]::ParameterName, 'Create swarm routing-mesh network')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'Restrict external access to the network')
            [CompletionResult]::new('--ip-range', '--ip-range', [CompletionResultType]::ParameterName, 'Allocate container ip from a sub-range')
            [CompletionResult]::new('--ipam-driver', '--ipam-driver', [CompletionResultType]::ParameterName, 'IP Address Management Driver')
            [CompletionResult]::new('--ipam-opt', '--ipam-opt', [CompletionResultType]::ParameterName, 'Set IPAM driver specific options (default map[])')
            [CompletionResult]::new('--ipv4', '--ipv4', [CompletionResultType]::ParameterName, 'Enable or disable IPv4 address assignment (default true)')
            [CompletionResult]::new('--ipv6', '--ipv6', [CompletionResultType]::ParameterName, 'Enable or disable IPv6 address assignment')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set metadata on a network')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Set driver specific options (default map[])')
            [CompletionResult]::new('--opt', '--opt', [CompletionResultType]::ParameterName, 'Set driver specific options (default map[])')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Control the network''s scope')
            [CompletionResult]::new('--subnet', '--subnet', [CompletionResultType]::ParameterName, 'Subnet in CIDR format that represents a network segment')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;network;disconnect' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force the container to disconnect from a network')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force the container to disconnect from a network')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;network;inspect' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Verbose output for diagnostics')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Verbose output for diagnostics')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;network;ls' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "driver=bridge")')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "driver=bridge")')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Do not truncate the output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display network IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display network IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;network;list' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "driver=bridge")')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "driver=bridge")')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Do not truncate the output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display network IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display network IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;network;prune' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "until=<timestamp>")')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;network;rm' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not error if the network does not exist')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not error if the network does not exist')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;network;remove' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not error if the network does not exist')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not error if the network does not exist')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;volume' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a volume')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Display detailed information on one or more volumes')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List volumes')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volumes')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove unused local volumes')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove one or more volumes')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one or more volumes')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a volume (cluster volumes only)')
            break
        }
        'hvdock;volume;create' {
            [CompletionResult]::new('--availability', '--availability', [CompletionResultType]::ParameterName, 'Cluster Volume availability ("active", "pause", "drain") (default "active")')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Cluster Volume group (cluster volumes)')
            [CompletionResult]::new('--limit-bytes', '--limit-bytes', [CompletionResultType]::ParameterName, 'Minimum size of the Cluster Volume in bytes')
            [CompletionResult]::new('--required-bytes', '--required-bytes', [CompletionResultType]::ParameterName, 'Maximum size of the Cluster Volume in bytes')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Cluster Volume access scope ("single", "multi")')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Cluster Volume secrets (default map[])')
            [CompletionResult]::new('--sharing', '--sharing', [CompletionResultType]::ParameterName, 'Cluster Volume access sharing ("none", "readonly", "onewriter", "all")')
            [CompletionResult]::new('--topology-preferred', '--topology-preferred', [CompletionResultType]::ParameterName, 'A topology that the Cluster Volume would be preferred in')
            [CompletionResult]::new('--topology-required', '--topology-required', [CompletionResultType]::ParameterName, 'A topology that the Cluster Volume must be accessible from')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Cluster Volume access type ("mount", "block")')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Specify volume driver name')
            [CompletionResult]::new('--driver', '--driver', [CompletionResultType]::ParameterName, 'Specify volume driver name')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Set metadata for a volume')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Specify volume name')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Set driver specific options (default map[])')
            [CompletionResult]::new('--opt', '--opt', [CompletionResultType]::ParameterName, 'Set driver specific options (default map[])')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;volume;inspect' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;volume;ls' {
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Display only cluster volumes, and use cluster volume list formatting')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "dangling=true")')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "dangling=true")')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display volume names')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display volume names')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;volume;list' {
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Display only cluster volumes, and use cluster volume list formatting')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "dangling=true")')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "dangling=true")')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display volume names')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display volume names')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;volume;prune' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Remove all unused volumes, not just anonymous ones')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Remove all unused volumes, not just anonymous ones')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "label=<label>")')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;volume;rm' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force the removal of one or more volumes')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force the removal of one or more volumes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;volume;remove' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force the removal of one or more volumes')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force the removal of one or more volumes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;volume;update' {
            [CompletionResult]::new('--availability', '--availability', [CompletionResultType]::ParameterName, 'Cluster Volume availability ("active", "pause", "drain") (default "active")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;service' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new service')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Display detailed information on one or more services')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Fetch the logs of a service or task')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List services')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List services')
            [CompletionResult]::new('ps', 'ps', [CompletionResultType]::ParameterValue, 'List the tasks of one or more services')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove one or more services')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one or more services')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Revert changes to a service''s configuration')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Scale one or multiple replicated services')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a service')
            break
        }
        'hvdock;service;create' {
            [CompletionResult]::new('--cap-add', '--cap-add', [CompletionResultType]::ParameterName, 'Add Linux capabilities')
            [CompletionResult]::new('--cap-drop', '--cap-drop', [CompletionResultType]::ParameterName, 'Drop Linux capabilities')
            [CompletionResult]::new('--credential-spec', '--credential-spec', [CompletionResultType]::ParameterName, 'Credential spec for managed service account (Windows only)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Exit immediately instead of waiting for the service to converge')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Exit immediately instead of waiting for the service to converge')
            [CompletionResult]::new('--endpoint-mode', '--endpoint-mode', [CompletionResultType]::ParameterName, 'Endpoint mode (vip or dnsrr) (default "vip")')
            [CompletionResult]::new('--entrypoint', '--entrypoint', [CompletionResultType]::ParameterName, 'Overwrite the default ENTRYPOINT of the image')
            [CompletionResult]::new('--health-cmd', '--health-cmd', [CompletionResultType]::ParameterName, 'Command to run to check health')
            [CompletionResult]::new('--health-interval', '--health-interval', [CompletionResultType]::ParameterName, 'Time between running the check (ms|s|m|h)')
            [CompletionResult]::new('--health-retries', '--health-retries', [CompletionResultType]::ParameterName, 'Consecutive failures needed to report unhealthy')
            [CompletionResult]::new('--health-start-interval', '--health-start-interval', [CompletionResultType]::ParameterName, 'Time between running the check during the start period (ms|s|m|h)')
            [CompletionResult]::new('--oom-score-adj', '--oom-score-adj', [CompletionResultType]::ParameterName, 'Tune host''s OOM preferences (-1000 to 1000) ')
            [CompletionResult]::new('--health-start-period', '--health-start-period', [CompletionResultType]::ParameterName, 'Start period for the container to initialize before counting retries towards unstable (ms|s|m|h)')
            [CompletionResult]::new('--health-timeout', '--health-timeout', [CompletionResultType]::ParameterName, 'Maximum time to allow one check to run (ms|s|m|h)')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'Container hostname')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Use an init inside each service container to forward signals and reap processes')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Service container isolation mode')
            [CompletionResult]::new('--limit-cpu', '--limit-cpu', [CompletionResultType]::ParameterName, 'Limit CPUs')
            [CompletionResult]::new('--limit-memory', '--limit-memory', [CompletionResultType]::ParameterName, 'Limit Memory')
            [CompletionResult]::new('--limit-pids', '--limit-pids', [CompletionResultType]::ParameterName, 'Limit maximum number of processes (default 0 = unlimited)')
            [CompletionResult]::new('--log-driver', '--log-driver', [CompletionResultType]::ParameterName, 'Logging driver for service')
            [CompletionResult]::new('--log-opt', '--log-opt', [CompletionResultType]::ParameterName, 'Logging driver options')
            [CompletionResult]::new('--max-concurrent', '--max-concurrent', [CompletionResultType]::ParameterName, 'Number of job tasks to run concurrently (default equal to --replicas)')
            [CompletionResult]::new('--no-healthcheck', '--no-healthcheck', [CompletionResultType]::ParameterName, 'Disable any container-specified HEALTHCHECK')
            [CompletionResult]::new('--no-resolve-image', '--no-resolve-image', [CompletionResultType]::ParameterName, 'Do not query the registry to resolve image digest and supported platforms')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress progress output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress progress output')
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'Mount the container''s root filesystem as read only')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'Number of tasks')
            [CompletionResult]::new('--replicas-max-per-node', '--replicas-max-per-node', [CompletionResultType]::ParameterName, 'Maximum number of tasks per node (default 0 = unlimited)')
            [CompletionResult]::new('--reserve-cpu', '--reserve-cpu', [CompletionResultType]::ParameterName, 'Reserve CPUs')
            [CompletionResult]::new('--reserve-memory', '--reserve-memory', [CompletionResultType]::ParameterName, 'Reserve Memory')
            [CompletionResult]::new('--restart-condition', '--restart-condition', [CompletionResultType]::ParameterName, 'Restart when condition is met ("none", "on-failure", "any") (default "any")')
            [CompletionResult]::new('--restart-delay', '--restart-delay', [CompletionResultType]::ParameterName, 'Delay between restart attempts (ns|us|ms|s|m|h) (default 5s)')
            [CompletionResult]::new('--restart-max-attempts', '--restart-max-attempts', [CompletionResultType]::ParameterName, 'Maximum number of restarts before giving up')
            [CompletionResult]::new('--restart-window', '--restart-window', [CompletionResultType]::ParameterName, 'Window used to evaluate the restart policy (ns|us|ms|s|m|h)')
            [CompletionResult]::new('--rollback-delay', '--rollback-delay', [CompletionResultType]::ParameterName, 'Delay between task rollbacks (ns|us|ms|s|m|h) (default 0s)')
            [CompletionResult]::new('--rollback-failure-action', '--rollback-failure-action', [CompletionResultType]::ParameterName, 'Action on rollback failure ("pause", "continue") (default "pause")')
            [CompletionResult]::new('--rollback-max-failure-ratio', '--rollback-max-failure-ratio', [CompletionResultType]::ParameterName, 'Failure rate to tolerate during a rollback (default 0)')
            [CompletionResult]::new('--rollback-monitor', '--rollback-monitor', [CompletionResultType]::ParameterName, 'Duration after each task rollback to monitor for failure (ns|us|ms|s|m|h) (default 5s)')
            [CompletionResult]::new('--rollback-order', '--rollback-order', [CompletionResultType]::ParameterName, 'Rollback order ("start-first", "stop-first") (default "stop-first")')
            [CompletionResult]::new('--rollback-parallelism', '--rollback-parallelism', [CompletionResultType]::ParameterName, 'Maximum number of tasks rolled back simultaneously (0 to roll back all at once) (default 1)')
            [CompletionResult]::new('--stop-grace-period', '--stop-grace-period', [CompletionResultType]::ParameterName, 'Time to wait before force killing a container (ns|us|ms|s|m|h) (default 10s)')
            [CompletionResult]::new('--stop-signal', '--stop-signal', [CompletionResultType]::ParameterName, 'Signal to stop the container')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('--update-delay', '--update-delay', [CompletionResultType]::ParameterName, 'Delay between updates (ns|us|ms|s|m|h) (default 0s)')
            [CompletionResult]::new('--update-failure-action', '--update-failure-action', [CompletionResultType]::ParameterName, 'Action on update failure ("pause", "continue", "rollback") (default "pause")')
            [CompletionResult]::new('--update-max-failure-ratio', '--update-max-failure-ratio', [CompletionResultType]::ParameterName, 'Failure rate to tolerate during an update (default 0)')
            [CompletionResult]::new('--update-monitor', '--update-monitor', [CompletionResultType]::ParameterName, 'Duration after each task update to monitor for failure (ns|us|ms|s|m|h) (default 5s)')
            [CompletionResult]::new('--update-order', '--update-order', [CompletionResultType]::ParameterName, 'Update order ("start-first", "stop-first") (default "stop-first")')
            [CompletionResult]::new('--update-parallelism', '--update-parallelism', [CompletionResultType]::ParameterName, 'Maximum number of tasks updated simultaneously (0 to update all at once) (default 1)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Username or UID (format: <name|uid>[:<group|gid>])')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or UID (format: <name|uid>[:<group|gid>])')
            [CompletionResult]::new('--with-registry-auth', '--with-registry-auth', [CompletionResultType]::ParameterName, 'Send registry authentication details to swarm agents')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('--workdir', '--workdir', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Specify configurations to expose to the service')
            [CompletionResult]::new('--constraint', '--constraint', [CompletionResultType]::ParameterName, 'Placement constraints')
            [CompletionResult]::new('--container-label', '--container-label', [CompletionResultType]::ParameterName, 'Container labels')
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'Set custom DNS servers')
            [CompletionResult]::new('--dns-option', '--dns-option', [CompletionResultType]::ParameterName, 'Set DNS options')
            [CompletionResult]::new('--dns-search', '--dns-search', [CompletionResultType]::ParameterName, 'Set custom DNS search domains')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Set environment variables')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set environment variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read in a file of environment variables')
            [CompletionResult]::new('--generic-resource', '--generic-resource', [CompletionResultType]::ParameterName, 'User defined resources')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Set one or more supplementary user groups for the container')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Set one or more custom host-to-IP mappings (host:ip)')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Service labels')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Service labels')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Service mode ("replicated", "global", "replicated-job", "global-job") (default "replicated")')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Attach a filesystem mount to the service')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Service name')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network attachments')
            [CompletionResult]::new('--placement-pref', '--placement-pref', [CompletionResultType]::ParameterName, 'Add a placement preference')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Publish a port as a node port')
            [CompletionResult]::new('--publish', '--publish', [CompletionResultType]::ParameterName, 'Publish a port as a node port')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Specify secrets to expose to the service')
            [CompletionResult]::new('--sysctl', '--sysctl', [CompletionResultType]::ParameterName, 'Sysctl options')
            [CompletionResult]::new('--ulimit', '--ulimit', [CompletionResultType]::ParameterName, 'Ulimit options (default [])')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;service;inspect' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Print the information in a human friendly format')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;service;logs' {
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Show extra details provided to logs')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Follow log output')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Follow log output')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Do not map IDs to Names in output')
            [CompletionResult]::new('--no-task-ids', '--no-task-ids', [CompletionResultType]::ParameterName, 'Do not include task IDs in output')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Do not truncate output')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Do not neatly format logs')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Number of lines to show from the end of the logs (default "all")')
            [CompletionResult]::new('--tail', '--tail', [CompletionResultType]::ParameterName, 'Number of lines to show from the end of the logs (default "all")')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Show timestamps')
            [CompletionResult]::new('--timestamps', '--timestamps', [CompletionResultType]::ParameterName, 'Show timestamps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;service;ls' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;service;list' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;service;ps' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Pretty-print tasks using a Go template')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Do not map IDs to Names')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Do not truncate output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display task IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display task IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;service;rm' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;service;remove' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;service;rollback' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Exit immediately instead of waiting for the service to converge')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Exit immediately instead of waiting for the service to converge')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress progress output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress progress output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;service;scale' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Exit immediately instead of waiting for the service to converge')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Exit immediately instead of waiting for the service to converge')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;service;update' {
            [CompletionResult]::new('--cap-add', '--cap-add', [CompletionResultType]::ParameterName, 'Add Linux capabilities')
            [CompletionResult]::new('--cap-drop', '--cap-drop', [CompletionResultType]::ParameterName, 'Drop Linux capabilities')
            [CompletionResult]::new('--credential-spec', '--credential-spec', [CompletionResultType]::ParameterName, 'Credential spec for managed service account (Windows only)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Exit immediately instead of waiting for the service to converge')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Exit immediately instead of waiting for the service to converge')
            [CompletionResult]::new('--endpoint-mode', '--endpoint-mode', [CompletionResultType]::ParameterName, 'Endpoint mode (vip or dnsrr)')
            [CompletionResult]::new('--entrypoint', '--entrypoint', [CompletionResultType]::ParameterName, 'Overwrite the default ENTRYPOINT of the image')
            [CompletionResult]::new('--health-cmd', '--health-cmd', [CompletionResultType]::ParameterName, 'Command to run to check health')
            [CompletionResult]::new('--health-interval', '--health-interval', [CompletionResultType]::ParameterName, 'Time between running the check (ms|s|m|h)')
            [CompletionResult]::new('--health-retries', '--health-retries', [CompletionResultType]::ParameterName, 'Consecutive failures needed to report unhealthy')
            [CompletionResult]::new('--health-start-interval', '--health-start-interval', [CompletionResultType]::ParameterName, 'Time between running the check during the start period (ms|s|m|h)')
            [CompletionResult]::new('--oom-score-adj', '--oom-score-adj', [CompletionResultType]::ParameterName, 'Tune host''s OOM preferences (-1000 to 1000) ')
            [CompletionResult]::new('--health-start-period', '--health-start-period', [CompletionResultType]::ParameterName, 'Start period for the container to initialize before counting retries towards unstable (ms|s|m|h)')
            [CompletionResult]::new('--health-timeout', '--health-timeout', [CompletionResultType]::ParameterName, 'Maximum time to allow one check to run (ms|s|m|h)')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'Container hostname')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Use an init inside each service container to forward signals and reap processes')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Service container isolation mode')
            [CompletionResult]::new('--limit-cpu', '--limit-cpu', [CompletionResultType]::ParameterName, 'Limit CPUs')
            [CompletionResult]::new('--limit-memory', '--limit-memory', [CompletionResultType]::ParameterName, 'Limit Memory')
            [CompletionResult]::new('--limit-pids', '--limit-pids', [CompletionResultType]::ParameterName, 'Limit maximum number of processes (default 0 = unlimited)')
            [CompletionResult]::new('--log-driver', '--log-driver', [CompletionResultType]::ParameterName, 'Logging driver for service')
            [CompletionResult]::new('--log-opt', '--log-opt', [CompletionResultType]::ParameterName, 'Logging driver options')
            [CompletionResult]::new('--max-concurrent', '--max-concurrent', [CompletionResultType]::ParameterName, 'Number of job tasks to run concurrently (default equal to --replicas)')
            [CompletionResult]::new('--no-healthcheck', '--no-healthcheck', [CompletionResultType]::ParameterName, 'Disable any container-specified HEALTHCHECK')
            [CompletionResult]::new('--no-resolve-image', '--no-resolve-image', [CompletionResultType]::ParameterName, 'Do not query the registry to resolve image digest and supported platforms')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress progress output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress progress output')
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'Mount the container''s root filesystem as read only')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'Number of tasks')
            [CompletionResult]::new('--replicas-max-per-node', '--replicas-max-per-node', [CompletionResultType]::ParameterName, 'Maximum number of tasks per node (default 0 = unlimited)')
            [CompletionResult]::new('--reserve-cpu', '--reserve-cpu', [CompletionResultType]::ParameterName, 'Reserve CPUs')
            [CompletionResult]::new('--reserve-memory', '--reserve-memory', [CompletionResultType]::ParameterName, 'Reserve Memory')
            [CompletionResult]::new('--restart-condition', '--restart-condition', [CompletionResultType]::ParameterName, 'Restart when condition is met ("none", "on-failure", "any")')
            [CompletionResult]::new('--restart-delay', '--restart-delay', [CompletionResultType]::ParameterName, 'Delay between restart attempts (ns|us|ms|s|m|h)')
            [CompletionResult]::new('--restart-max-attempts', '--restart-max-attempts', [CompletionResultType]::ParameterName, 'Maximum number of restarts before giving up')
            [CompletionResult]::new('--restart-window', '--restart-window', [CompletionResultType]::ParameterName, 'Window used to evaluate the restart policy (ns|us|ms|s|m|h)')
            [CompletionResult]::new('--rollback-delay', '--rollback-delay', [CompletionResultType]::ParameterName, 'Delay between task rollbacks (ns|us|ms|s|m|h)')
            [CompletionResult]::new('--rollback-failure-action', '--rollback-failure-action', [CompletionResultType]::ParameterName, 'Action on rollback failure ("pause", "continue")')
            [CompletionResult]::new('--rollback-max-failure-ratio', '--rollback-max-failure-ratio', [CompletionResultType]::ParameterName, 'Failure rate to tolerate during a rollback')
            [CompletionResult]::new('--rollback-monitor', '--rollback-monitor', [CompletionResultType]::ParameterName, 'Duration after each task rollback to monitor for failure (ns|us|ms|s|m|h)')
            [CompletionResult]::new('--rollback-order', '--rollback-order', [CompletionResultType]::ParameterName, 'Rollback order ("start-first", "stop-first")')
            [CompletionResult]::new('--rollback-parallelism', '--rollback-parallelism', [CompletionResultType]::ParameterName, 'Maximum number of tasks rolled back simultaneously (0 to roll back all at once)')
            [CompletionResult]::new('--stop-grace-period', '--stop-grace-period', [CompletionResultType]::ParameterName, 'Time to wait before force killing a container (ns|us|ms|s|m|h)')
            [CompletionResult]::new('--stop-signal', '--stop-signal', [CompletionResultType]::ParameterName, 'Signal to stop the container')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY')
            [CompletionResult]::new('--update-delay', '--update-delay', [CompletionResultType]::ParameterName, 'Delay between updates (ns|us|ms|s|m|h)')
            [CompletionResult]::new('--update-failure-action', '--update-failure-action', [CompletionResultType]::ParameterName, 'Action on update failure ("pause", "continue", "rollback")')
            [CompletionResult]::new('--update-max-failure-ratio', '--update-max-failure-ratio', [CompletionResultType]::ParameterName, 'Failure rate to tolerate during an update')
            [CompletionResult]::new('--update-monitor', '--update-monitor', [CompletionResultType]::ParameterName, 'Duration after each task update to monitor for failure (ns|us|ms|s|m|h)')
            [CompletionResult]::new('--update-order', '--update-order', [CompletionResultType]::ParameterName, 'Update order ("start-first", "stop-first")')
            [CompletionResult]::new('--update-parallelism', '--update-parallelism', [CompletionResultType]::ParameterName, 'Maximum number of tasks updated simultaneously (0 to update all at once)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Username or UID (format: <name|uid>[:<group|gid>])')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Username or UID (format: <name|uid>[:<group|gid>])')
            [CompletionResult]::new('--with-registry-auth', '--with-registry-auth', [CompletionResultType]::ParameterName, 'Send registry authentication details to swarm agents')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('--workdir', '--workdir', [CompletionResultType]::ParameterName, 'Working directory inside the container')
            [CompletionResult]::new('--args', '--args', [CompletionResultType]::ParameterName, 'Service command args')
            [CompletionResult]::new('--config-add', '--config-add', [CompletionResultType]::ParameterName, 'Add or update a config file on a service')
            [CompletionResult]::new('--config-rm', '--config-rm', [CompletionResultType]::ParameterName, 'Remove a configuration file')
            [CompletionResult]::new('--constraint-add', '--constraint-add', [CompletionResultType]::ParameterName, 'Add or update a placement constraint')
            [CompletionResult]::new('--constraint-rm', '--constraint-rm', [CompletionResultType]::ParameterName, 'Remove a constraint')
            [CompletionResult]::new('--container-label-add', '--container-label-add', [CompletionResultType]::ParameterName, 'Add or update a container label')
            [CompletionResult]::new('--container-label-rm', '--container-label-rm', [CompletionResultType]::ParameterName, 'Remove a container label by its key')
            [CompletionResult]::new('--dns-add', '--dns-add', [CompletionResultType]::ParameterName, 'Add or update a custom DNS server')
            [CompletionResult]::new('--dns-option-add', '--dns-option-add', [CompletionResultType]::ParameterName, 'Add or update a DNS option')
            [CompletionResult]::new('--dns-option-rm', '--dns-option-rm', [CompletionResultType]::ParameterName, 'Remove a DNS option')
            [CompletionResult]::new('--dns-rm', '--dns-rm', [CompletionResultType]::ParameterName, 'Remove a custom DNS server')
            [CompletionResult]::new('--dns-search-add', '--dns-search-add', [CompletionResultType]::ParameterName, 'Add or update a custom DNS search domain')
            [CompletionResult]::new('--dns-search-rm', '--dns-search-rm', [CompletionResultType]::ParameterName, 'Remove a DNS search domain')
            [CompletionResult]::new('--env-add', '--env-add', [CompletionResultType]::ParameterName, 'Add or update an environment variable')
            [CompletionResult]::new('--env-rm', '--env-rm', [CompletionResultType]::ParameterName, 'Remove an environment variable')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force update even if no changes require it')
            [CompletionResult]::new('--generic-resource-add', '--generic-resource-add', [CompletionResultType]::ParameterName, 'Add a Generic resource')
            [CompletionResult]::new('--generic-resource-rm', '--generic-resource-rm', [CompletionResultType]::ParameterName, 'Remove a Generic resource')
            [CompletionResult]::new('--group-add', '--group-add', [CompletionResultType]::ParameterName, 'Add an additional supplementary user group to the container')
            [CompletionResult]::new('--group-rm', '--group-rm', [CompletionResultType]::ParameterName, 'Remove a previously added supplementary user group from the container')
            [CompletionResult]::new('--host-add', '--host-add', [CompletionResultType]::ParameterName, 'Add a custom host-to-IP mapping ("host:ip")')
            [CompletionResult]::new('--host-rm', '--host-rm', [CompletionResultType]::ParameterName, 'Remove a custom host-to-IP mapping ("host:ip")')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Service image tag')
            [CompletionResult]::new('--label-add', '--label-add', [CompletionResultType]::ParameterName, 'Add or update a service label')
            [CompletionResult]::new('--label-rm', '--label-rm', [CompletionResultType]::ParameterName, 'Remove a label by its key')
            [CompletionResult]::new('--mount-add', '--mount-add', [CompletionResultType]::ParameterName, 'Add or update a mount on a service')
            [CompletionResult]::new('--mount-rm', '--mount-rm', [CompletionResultType]::ParameterName, 'Remove a mount by its target path')
            [CompletionResult]::new('--network-add', '--network-add', [CompletionResultType]::ParameterName, 'Add a network')
            [CompletionResult]::new('--network-rm', '--network-rm', [CompletionResultType]::ParameterName, 'Remove a network')
            [CompletionResult]::new('--placement-pref-add', '--placement-pref-add', [CompletionResultType]::ParameterName, 'Add a placement preference')
            [CompletionResult]::new('--placement-pref-rm', '--placement-pref-rm', [CompletionResultType]::ParameterName, 'Remove a placement preference')
            [CompletionResult]::new('--publish-add', '--publish-add', [CompletionResultType]::ParameterName, 'Add or update a published port')
            [CompletionResult]::new('--publish-rm', '--publish-rm', [CompletionResultType]::ParameterName, 'Remove a published port by its target port')
            [CompletionResult]::new('--rollback', '--rollback', [CompletionResultType]::ParameterName, 'Rollback to previous specification')
            [CompletionResult]::new('--secret-add', '--secret-add', [CompletionResultType]::ParameterName, 'Add or update a secret on a service')
            [CompletionResult]::new('--secret-rm', '--secret-rm', [CompletionResultType]::ParameterName, 'Remove a secret')
            [CompletionResult]::new('--sysctl-add', '--sysctl-add', [CompletionResultType]::ParameterName, 'Add or update a Sysctl option')
            [CompletionResult]::new('--sysctl-rm', '--sysctl-rm', [CompletionResultType]::ParameterName, 'Remove a Sysctl option')
            [CompletionResult]::new('--ulimit-add', '--ulimit-add', [CompletionResultType]::ParameterName, 'Add or update a ulimit option (default [])')
            [CompletionResult]::new('--ulimit-rm', '--ulimit-rm', [CompletionResultType]::ParameterName, 'Remove a ulimit option')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;config' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a config from a file or STDIN')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Display detailed information on one or more configs')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List configs')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List configs')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove one or more configs')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one or more configs')
            break
        }
        'hvdock;config;create' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Config labels')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Config labels')
            [CompletionResult]::new('--template-driver', '--template-driver', [CompletionResultType]::ParameterName, 'Template driver')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;config;inspect' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Print the information in a human friendly format')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;config;ls' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;config;list' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;config;rm' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;config;remove' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;node' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('demote', 'demote', [CompletionResultType]::ParameterValue, 'Demote one or more nodes from manager in the swarm')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Display detailed information on one or more nodes')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List nodes in the swarm')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List nodes in the swarm')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Promote one or more nodes to manager in the swarm')
            [CompletionResult]::new('ps', 'ps', [CompletionResultType]::ParameterValue, 'List tasks running on one or more nodes, defaults to current node')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove one or more nodes from the swarm')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one or more nodes from the swarm')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a node')
            break
        }
        'hvdock;node;demote' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;node;inspect' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Print the information in a human friendly format')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;node;ls' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;node;list' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;node;promote' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;node;ps' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Pretty-print tasks using a Go template')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Do not map IDs to Names')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Do not truncate output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display task IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display task IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;node;rm' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force remove a node from the swarm')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force remove a node from the swarm')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;node;remove' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force remove a node from the swarm')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force remove a node from the swarm')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;node;update' {
            [CompletionResult]::new('--availability', '--availability', [CompletionResultType]::ParameterName, 'Availability of the node ("active", "pause", "drain")')
            [CompletionResult]::new('--label-add', '--label-add', [CompletionResultType]::ParameterName, 'Add or update a node label ("key=value")')
            [CompletionResult]::new('--label-rm', '--label-rm', [CompletionResultType]::ParameterName, 'Remove a node label if exists')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role of the node ("worker", "manager")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;secret' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a secret from a file or STDIN as content')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Display detailed information on one or more secrets')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List secrets')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove one or more secrets')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one or more secrets')
            break
        }
        'hvdock;secret;create' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Secret driver')
            [CompletionResult]::new('--driver', '--driver', [CompletionResultType]::ParameterName, 'Secret driver')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Secret labels')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Secret labels')
            [CompletionResult]::new('--template-driver', '--template-driver', [CompletionResultType]::ParameterName, 'Template driver')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;secret;inspect' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Print the information in a human friendly format')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;secret;ls' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;secret;list' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;secret;rm' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;secret;remove' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;swarm' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'Display and rotate the root CA')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Initialize a swarm')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Join a swarm as a node and/or manager')
            [CompletionResult]::new('join-token', 'join-token', [CompletionResultType]::ParameterValue, 'Manage join tokens')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Leave the swarm')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock swarm')
            [CompletionResult]::new('unlock-key', 'unlock-key', [CompletionResultType]::ParameterValue, 'Manage the unlock key')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update the swarm')
            break
        }
        'hvdock;swarm;ca' {
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Path to the PEM-formatted root CA certificate to use for the new cluster')
            [CompletionResult]::new('--ca-key', '--ca-key', [CompletionResultType]::ParameterName, 'Path to the PEM-formatted root CA key to use for the new cluster')
            [CompletionResult]::new('--cert-expiry', '--cert-expiry', [CompletionResultType]::ParameterName, 'Validity period for node certificates (ns|us|ms|s|m|h) (default 2160h0m0s)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Exit immediately instead of waiting for the root rotation to converge')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Exit immediately instead of waiting for the root rotation to converge')
            [CompletionResult]::new('--external-ca', '--external-ca', [CompletionResultType]::ParameterName, 'Specifications of one or more certificate signing endpoints')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress progress output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress progress output')
            [CompletionResult]::new('--rotate', '--rotate', [CompletionResultType]::ParameterName, 'Rotate the swarm CA - if no certificate or key are provided, new ones will be generated')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;swarm;init' {
            [CompletionResult]::new('--advertise-addr', '--advertise-addr', [CompletionResultType]::ParameterName, 'Advertised address (format: "<ip|interface>[:port]")')
            [CompletionResult]::new('--autolock', '--autolock', [CompletionResultType]::ParameterName, 'Enable manager autolocking (requiring an unlock key to start a stopped manager)')
            [CompletionResult]::new('--availability', '--availability', [CompletionResultType]::ParameterName, 'Availability of the node ("active", "pause", "drain") (default "active")')
            [CompletionResult]::new('--data-path-addr', '--data-path-addr', [CompletionResultType]::ParameterName, 'Address or interface to use for data path traffic (format: "<ip|interface>")')
            [CompletionResult]::new('--data-path-port', '--data-path-port', [CompletionResultType]::ParameterName, 'Port number to use for data path traffic (1024 - 49151). If no value is set or is set to 0, the default port (4789) is used.')
            [CompletionResult]::new('--default-addr-pool', '--default-addr-pool', [CompletionResultType]::ParameterName, 'default address pool in CIDR format')
            [CompletionResult]::new('--default-addr-pool-mask-length', '--default-addr-pool-mask-length', [CompletionResultType]::ParameterName, 'default address pool subnet mask length')
            [CompletionResult]::new('--force-new-cluster', '--force-new-cluster', [CompletionResultType]::ParameterName, 'Force create a new cluster from current state')
            [CompletionResult]::new('--listen-addr', '--listen-addr', [CompletionResultType]::ParameterName, 'Listen address (format: "<ip|interface>[:port]")')
            [CompletionResult]::new('--cert-expiry', '--cert-expiry', [CompletionResultType]::ParameterName, 'Validity period for node certificates (ns|us|ms|s|m|h) (default 2160h0m0s)')
            [CompletionResult]::new('--dispatcher-heartbeat', '--dispatcher-heartbeat', [CompletionResultType]::ParameterName, 'Dispatcher heartbeat period (ns|us|ms|s|m|h) (default 5s)')
            [CompletionResult]::new('--external-ca', '--external-ca', [CompletionResultType]::ParameterName, 'Specifications of one or more certificate signing endpoints')
            [CompletionResult]::new('--max-snapshots', '--max-snapshots', [CompletionResultType]::ParameterName, 'Number of additional Raft snapshots to retain')
            [CompletionResult]::new('--snapshot-interval', '--snapshot-interval', [CompletionResultType]::ParameterName, 'Number of log entries between Raft snapshots (default 10000)')
            [CompletionResult]::new('--task-history-limit', '--task-history-limit', [CompletionResultType]::ParameterName, 'Task history retention limit (default 5)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;swarm;join' {
            [CompletionResult]::new('--advertise-addr', '--advertise-addr', [CompletionResultType]::ParameterName, 'Advertised address (format: "<ip|interface>[:port]")')
            [CompletionResult]::new('--availability', '--availability', [CompletionResultType]::ParameterName, 'Availability of the node ("active", "pause", "drain") (default "active")')
            [CompletionResult]::new('--data-path-addr', '--data-path-addr', [CompletionResultType]::ParameterName, 'Address or interface to use for data path traffic (format: "<ip|interface>")')
            [CompletionResult]::new('--listen-addr', '--listen-addr', [CompletionResultType]::ParameterName, 'Listen address (format: "<ip|interface>[:port]")')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Token for entry into the swarm')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;swarm;join-token' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display token')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display token')
            [CompletionResult]::new('--rotate', '--rotate', [CompletionResultType]::ParameterName, 'Rotate join token')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;swarm;leave' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force this node to leave the swarm, ignoring warnings')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force this node to leave the swarm, ignoring warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;swarm;unlock' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;swarm;unlock-key' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display token')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display token')
            [CompletionResult]::new('--rotate', '--rotate', [CompletionResultType]::ParameterName, 'Rotate unlock key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;swarm;update' {
            [CompletionResult]::new('--autolock', '--autolock', [CompletionResultType]::ParameterName, 'Change manager autolocking setting (true|false)')
            [CompletionResult]::new('--cert-expiry', '--cert-expiry', [CompletionResultType]::ParameterName, 'Validity period for node certificates (ns|us|ms|s|m|h) (default 2160h0m0s)')
            [CompletionResult]::new('--dispatcher-heartbeat', '--dispatcher-heartbeat', [CompletionResultType]::ParameterName, 'Dispatcher heartbeat period (ns|us|ms|s|m|h) (default 5s)')
            [CompletionResult]::new('--external-ca', '--external-ca', [CompletionResultType]::ParameterName, 'Specifications of one or more certificate signing endpoints')
            [CompletionResult]::new('--max-snapshots', '--max-snapshots', [CompletionResultType]::ParameterName, 'Number of additional Raft snapshots to retain')
            [CompletionResult]::new('--snapshot-interval', '--snapshot-interval', [CompletionResultType]::ParameterName, 'Number of log entries between Raft snapshots (default 10000)')
            [CompletionResult]::new('--task-history-limit', '--task-history-limit', [CompletionResultType]::ParameterName, 'Task history retention limit (default 5)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;stack' {
            [CompletionResult]::new('--orchestrator', '--orchestrator', [CompletionResultType]::ParameterName, 'Orchestrator to use (swarm|all)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Outputs the final config file, after doing merges and interpolations')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Deploy a new stack or update an existing stack')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Deploy a new stack or update an existing stack')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List stacks')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stacks')
            [CompletionResult]::new('ps', 'ps', [CompletionResultType]::ParameterValue, 'List the tasks in the stack')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove one or more stacks')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one or more stacks')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Remove one or more stacks')
            [CompletionResult]::new('services', 'services', [CompletionResultType]::ParameterValue, 'List the services in the stack')
            break
        }
        'hvdock;stack;config' {
            [CompletionResult]::new('--orchestrator', '--orchestrator', [CompletionResultType]::ParameterName, 'Orchestrator to use (swarm|all)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Path to a Compose file, or "-" to read from stdin')
            [CompletionResult]::new('--compose-file', '--compose-file', [CompletionResultType]::ParameterName, 'Path to a Compose file, or "-" to read from stdin')
            [CompletionResult]::new('--skip-interpolation', '--skip-interpolation', [CompletionResultType]::ParameterName, 'Skip interpolation and output only merged config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;stack;deploy' {
            [CompletionResult]::new('--orchestrator', '--orchestrator', [CompletionResultType]::ParameterName, 'Orchestrator to use (swarm|all)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Path to a Compose file, or "-" to read from stdin')
            [CompletionResult]::new('--compose-file', '--compose-file', [CompletionResultType]::ParameterName, 'Path to a Compose file, or "-" to read from stdin')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Exit immediately instead of waiting for the stack services to converge (default true)')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Exit immediately instead of waiting for the stack services to converge (default true)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Prune services that are no longer referenced')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress progress output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress progress output')
            [CompletionResult]::new('--resolve-image', '--resolve-image', [CompletionResultType]::ParameterName, 'Query the registry to resolve image digest and supported platforms ("always", "changed", "never") (default "always")')
            [CompletionResult]::new('--with-registry-auth', '--with-registry-auth', [CompletionResultType]::ParameterName, 'Send registry authentication details to Swarm agents')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;stack;up' {
            [CompletionResult]::new('--orchestrator', '--orchestrator', [CompletionResultType]::ParameterName, 'Orchestrator to use (swarm|all)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Path to a Compose file, or "-" to read from stdin')
            [CompletionResult]::new('--compose-file', '--compose-file', [CompletionResultType]::ParameterName, 'Path to a Compose file, or "-" to read from stdin')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Exit immediately instead of waiting for the stack services to converge (default true)')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Exit immediately instead of waiting for the stack services to converge (default true)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Prune services that are no longer referenced')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Suppress progress output')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Suppress progress output')
            [CompletionResult]::new('--resolve-image', '--resolve-image', [CompletionResultType]::ParameterName, 'Query the registry to resolve image digest and supported platforms ("always", "changed", "never") (default "always")')
            [CompletionResult]::new('--with-registry-auth', '--with-registry-auth', [CompletionResultType]::ParameterName, 'Send registry authentication details to Swarm agents')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;stack;ls' {
            [CompletionResult]::new('--orchestrator', '--orchestrator', [CompletionResultType]::ParameterName, 'Orchestrator to use (swarm|all)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;stack;list' {
            [CompletionResult]::new('--orchestrator', '--orchestrator', [CompletionResultType]::ParameterName, 'Orchestrator to use (swarm|all)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;stack;ps' {
            [CompletionResult]::new('--orchestrator', '--orchestrator', [CompletionResultType]::ParameterName, 'Orchestrator to use (swarm|all)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--no-resolve', '--no-resolve', [CompletionResultType]::ParameterName, 'Do not map IDs to Names')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Do not truncate output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display task IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display task IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;stack;rm' {
            [CompletionResult]::new('--orchestrator', '--orchestrator', [CompletionResultType]::ParameterName, 'Orchestrator to use (swarm|all)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Do not wait for stack removal (default true)')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Do not wait for stack removal (default true)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;stack;remove' {
            [CompletionResult]::new('--orchestrator', '--orchestrator', [CompletionResultType]::ParameterName, 'Orchestrator to use (swarm|all)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Do not wait for stack removal (default true)')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Do not wait for stack removal (default true)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;stack;down' {
            [CompletionResult]::new('--orchestrator', '--orchestrator', [CompletionResultType]::ParameterName, 'Orchestrator to use (swarm|all)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Do not wait for stack removal (default true)')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Do not wait for stack removal (default true)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;stack;services' {
            [CompletionResult]::new('--orchestrator', '--orchestrator', [CompletionResultType]::ParameterName, 'Orchestrator to use (swarm|all)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;context' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a context')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a context to a tar archive FILE or a tar stream on STDOUT.')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a context from a tar or zip file')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Display detailed information on one or more contexts')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List contexts')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contexts')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove one or more contexts')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one or more contexts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the name of the current context')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update a context')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Set the current docker context')
            break
        }
        'hvdock;context;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description of the context')
            [CompletionResult]::new('--docker', '--docker', [CompletionResultType]::ParameterName, 'set the docker endpoint (default [])')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'create context from a named context')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;context;export' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;context;import' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;context;inspect' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;context;ls' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only show context names')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only show context names')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;context;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only show context names')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only show context names')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;context;rm' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force the removal of a context in use')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force the removal of a context in use')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;context;remove' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force the removal of a context in use')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force the removal of a context in use')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;context;show' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;context;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description of the context')
            [CompletionResult]::new('--docker', '--docker', [CompletionResultType]::ParameterName, 'set the docker endpoint (default [])')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;context;use' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;plugin' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plugin from a rootfs and configuration. Plugin data directory must contain config.json and rootfs directory.')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a plugin')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a plugin')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Display detailed information on one or more plugins')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install a plugin')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List plugins')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List plugins')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push a plugin to a registry')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove one or more plugins')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one or more plugins')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change settings for a plugin')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade an existing plugin')
            break
        }
        'hvdock;plugin;create' {
            [CompletionResult]::new('--compress', '--compress', [CompletionResultType]::ParameterName, 'Compress the context using gzip')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;plugin;disable' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force the disable of an active plugin')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force the disable of an active plugin')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;plugin;enable' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'HTTP client timeout (in seconds)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;plugin;inspect' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;plugin;install' {
            [CompletionResult]::new('--alias', '--alias', [CompletionResultType]::ParameterName, 'Local name for plugin')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Do not enable the plugin on install')
            [CompletionResult]::new('--disable-content-trust', '--disable-content-trust', [CompletionResultType]::ParameterName, 'Skip image verification (default true)')
            [CompletionResult]::new('--grant-all-permissions', '--grant-all-permissions', [CompletionResultType]::ParameterName, 'Grant all permissions necessary to run the plugin')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;plugin;ls' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "enabled=true")')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "enabled=true")')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Don''t truncate output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display plugin IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display plugin IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;plugin;list' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "enabled=true")')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "enabled=true")')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--no-trunc', '--no-trunc', [CompletionResultType]::ParameterName, 'Don''t truncate output')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only display plugin IDs')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only display plugin IDs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;plugin;push' {
            [CompletionResult]::new('--disable-content-trust', '--disable-content-trust', [CompletionResultType]::ParameterName, 'Skip image signing (default true)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;plugin;rm' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force the removal of an active plugin')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force the removal of an active plugin')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;plugin;remove' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Force the removal of an active plugin')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Force the removal of an active plugin')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;plugin;set' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;plugin;upgrade' {
            [CompletionResult]::new('--disable-content-trust', '--disable-content-trust', [CompletionResultType]::ParameterName, 'Skip image verification (default true)')
            [CompletionResult]::new('--grant-all-permissions', '--grant-all-permissions', [CompletionResultType]::ParameterName, 'Grant all permissions necessary to run the plugin')
            [CompletionResult]::new('--skip-remote-check', '--skip-remote-check', [CompletionResultType]::ParameterName, 'Do not check if specified remote plugin matches existing plugin image')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;system' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Display system-wide information')
            [CompletionResult]::new('df', 'df', [CompletionResultType]::ParameterValue, 'Show docker disk usage')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Get real time events from the server')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Remove unused data')
            break
        }
        'hvdock;system;info' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;system;df' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''table'':            Print output in table format with column headers (default) ''table TEMPLATE'':   Print output in table format using the given Go template ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show detailed information on space usage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show detailed information on space usage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;system;events' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter output based on conditions provided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format output using a custom template: ''json'':             Print in JSON format ''TEMPLATE'':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Show all events created since timestamp')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Stream events until this timestamp')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;system;prune' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Remove all unused images not just dangling ones')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Remove all unused images not just dangling ones')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Provide filter values (e.g. "label=<key>=<value>")')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--volumes', '--volumes', [CompletionResultType]::ParameterName, 'Prune anonymous volumes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;trust' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Return low-level information about keys and signatures')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Manage keys for signing Docker images')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove trust for an image')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign an image')
            [CompletionResult]::new('signer', 'signer', [CompletionResultType]::ParameterValue, 'Manage entities who can sign Docker images')
            break
        }
        'hvdock;trust;inspect' {
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Print the information in a human friendly format')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;trust;key' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate and load a signing key-pair')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a private key file for signing')
            break
        }
        'hvdock;trust;key;generate' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Directory to generate key in, defaults to current directory')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;trust;key;load' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name for the loaded key')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;trust;revoke' {
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;trust;sign' {
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Sign a locally tagged image')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;trust;signer' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a signer')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a signer')
            break
        }
        'hvdock;trust;signer;add' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Path to the signer''s public key file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;trust;signer;remove' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation before removing the most recent signer')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Do not prompt for confirmation before removing the most recent signer')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;help' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;__generate' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory holding completions/ and man/ (default: the current directory)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
        'hvdock;__complete' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print usage')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print usage')
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
