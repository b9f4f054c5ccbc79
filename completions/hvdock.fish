# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_hvdock_global_optspecs
    string join \n config= c/context= D/debug= H/host= l/log-level= tls= tlscacert= tlscert= tlskey= tlsverify= v/version= h/help
end

function __fish_hvdock_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_hvdock_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_hvdock_using_subcommand
    set -l cmd (__fish_hvdock_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c hvdock -n "__fish_hvdock_needs_command" -l config -d 'Location of client config files (default "~/.docker")' -r
complete -c hvdock -n "__fish_hvdock_needs_command" -s c -l context -d 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "hvdock context use")' -r
complete -c hvdock -n "__fish_hvdock_needs_command" -s D -l debug -d 'Enable debug mode' -r
complete -c hvdock -n "__fish_hvdock_needs_command" -s H -l host -d 'Daemon socket to connect to' -r
complete -c hvdock -n "__fish_hvdock_needs_command" -s l -l log-level -d 'Set the logging level ("debug", "info", "warn", "error", "fatal")' -r -f -a "debug\t''
info\t''
warn\t''
error\t''
fatal\t''"
complete -c hvdock -n "__fish_hvdock_needs_command" -l tls -d 'Use TLS; implied by --tlsverify' -r
complete -c hvdock -n "__fish_hvdock_needs_command" -l tlscacert -d 'Trust certs signed only by this CA (default "~/.docker/ca.pem")' -r
complete -c hvdock -n "__fish_hvdock_needs_command" -l tlscert -d 'Path to TLS certificate file (default "~/.docker/cert.pem")' -r
complete -c hvdock -n "__fish_hvdock_needs_command" -l tlskey -d 'Path to TLS key file (default "~/.docker/key.pem")' -r
complete -c hvdock -n "__fish_hvdock_needs_command" -l tlsverify -d 'Use TLS and verify the remote' -r
complete -c hvdock -n "__fish_hvdock_needs_command" -s v -l version -d 'Print version information and quit' -r
complete -c hvdock -n "__fish_hvdock_needs_command" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "run" -d 'Create and run a new container from an image'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "exec" -d 'Execute a command in a running container'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "create" -d 'Create a new container'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "kill" -d 'Kill one or more running containers'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "logs" -d 'Fetch the logs of a container'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "rename" -d 'Rename a container'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "restart" -d 'Restart one or more containers'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "rm" -d 'Remove one or more containers'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "start" -d 'Start one or more stopped containers'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "stop" -d 'Stop one or more running containers'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "top" -d 'Display the running processes of a container'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "update" -d 'Update configuration of one or more containers (and convert their isolation)'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "wait" -d 'Block until one or more containers stop, then print their exit codes'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "ps" -d 'List containers'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "images" -d 'List images'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "inspect" -d 'Return low-level information on Docker objects'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "build" -d 'Build an image from a Dockerfile'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "history" -d 'Show the history of an image'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "import" -d 'Import the contents from a tarball to create a filesystem image'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "load" -d 'Load an image from a tar archive or STDIN'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "login" -d 'Authenticate to a registry'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "logout" -d 'Log out from a registry'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "pull" -d 'Download an image from a registry'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "push" -d 'Upload an image to a registry'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "search" -d 'Search Docker Hub for images'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "rmi" -d 'Remove one or more images'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "save" -d 'Save one or more images to a tar archive (streamed to STDOUT by default)'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "builder" -d 'Manage builds'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "container" -d 'Manage containers'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "image" -d 'Manage images'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "compute" -d 'List the compute processes (VM workers, sandboxes) behind containers'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "isolation" -d 'Prove containers\' isolation (processes and kernel, inside vs outside)'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "version" -d 'Show the Docker version information'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "info" -d 'Display system-wide information'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "events" -d 'Get real time events from the server'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "manifest" -d 'Manage Docker image manifests and manifest lists'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "network" -d 'Manage networks'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "volume" -d 'Manage volumes'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "service" -d 'Manage Swarm services'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "config" -d 'Manage Swarm configs'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "node" -d 'Manage Swarm nodes'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "secret" -d 'Manage Swarm secrets'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "swarm" -d 'Manage Swarm'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "stack" -d 'Manage Swarm stacks'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "context" -d 'Manage contexts'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "plugin" -d 'Manage plugins'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "system" -d 'Manage Docker'
complete -c hvdock -n "__fish_hvdock_needs_command" -f -a "help" -d 'Help about any command'
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s d -l detach -d 'Run container in background and print container ID' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l sig-proxy -d 'Proxy received signals to the process (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l cpu-period -d 'Limit CPU CFS (Completely Fair Scheduler) period' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l cpu-quota -d 'Limit CPU CFS (Completely Fair Scheduler) quota' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l cpus -d 'Number of CPUs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s m -l memory -d 'Memory limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l memory-reservation -d 'Memory soft limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l blkio-weight -d 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l blkio-weight-device -d 'Block IO weight (relative device weight) (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l cpu-rt-period -d 'Limit CPU real-time period in microseconds' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l cpu-rt-runtime -d 'Limit CPU real-time runtime in microseconds' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l device-read-iops -d 'Limit read rate (IO per second) from a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l device-write-iops -d 'Limit write rate (IO per second) to a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l disable-content-trust -d 'Skip image verification (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l gpus -d 'GPU devices to add to the container (\'all\' to pass all GPUs)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l kernel-memory -d 'Kernel memory limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l link-local-ip -d 'Container IPv4/IPv6 link-local addresses' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l use-api-socket -d 'Bind mount Docker API socket and required auth' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l cap-add -d 'Add Linux capabilities' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l cgroupns -d 'Cgroup namespace to use (host|private) \'host\':    Run the container in the Docker host\'s cgroup namespace \'private\': Run the container in its own private cgroup namespace \'\':        Use the cgroup namespace as configured by the            default-cgroupns-mode option on the daemon (default)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l cidfile -d 'Write the container ID to the file' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l device -d 'Add a host device to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l device-cgroup-rule -d 'Add a rule to the cgroup allowed devices list' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l dns -d 'Set custom DNS servers' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l dns-option -d 'Set DNS options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l dns-search -d 'Set custom DNS search domains' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l domainname -d 'Container NIS domain name' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s e -l env -d 'Set environment variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l env-file -d 'Read in a file of environment variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l expose -d 'Expose a port or a range of ports' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l group-add -d 'Add additional groups to join' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l health-cmd -d 'Command to run to check health' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l health-interval -d 'Time between running the check (ms|s|m|h) (default 0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l health-retries -d 'Consecutive failures needed to report unhealthy' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l health-start-period -d 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s h -l hostname -d 'Container host name' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l init -d 'Run an init inside the container that forwards signals and reaps processes' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s i -l interactive -d 'Keep STDIN open even if not attached' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l ip -d 'IPv4 address (e.g., 172.30.100.104)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l ip6 -d 'IPv6 address (e.g., 2001:db8::33)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l ipc -d 'IPC mode to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l isolation -d 'Container isolation technology' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s l -l label -d 'Set meta data on a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l label-file -d 'Read in a line delimited file of labels' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l link -d 'Add link to another container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l log-driver -d 'Logging driver for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l log-opt -d 'Log driver options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l mac-address -d 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100) (default -1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l mount -d 'Attach a filesystem mount to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l name -d 'Assign a name to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l network -l net -d 'Connect a container to a network' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l network-alias -l net-alias -d 'Add network-scoped alias for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l oom-kill-disable -d 'Disable OOM Killer' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l oom-score-adj -d 'Tune host\'s OOM preferences (-1000 to 1000)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l pid -d 'PID namespace to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l privileged -d 'Give extended privileges to this container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s p -l publish -d 'Publish a container\'s port(s) to the host' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s P -l publish-all -d 'Publish all exposed ports to random ports' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l pull -d 'Pull image before running ("always", "missing", "never")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s q -l quiet -d 'Suppress the pull output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l read-only -d 'Mount the container\'s root filesystem as read only' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l restart -d 'Restart policy to apply when a container exits (default "no")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l rm -d 'Automatically remove the container and its associated anonymous volumes when it exits' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l runtime -d 'Runtime to use for this container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l security-opt -d 'Security Options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l shm-size -d 'Size of /dev/shm' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l stop-signal -d 'Signal to stop the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l stop-timeout -d 'Timeout (in seconds) to stop a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l storage-opt -d 'Storage driver options for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l sysctl -d 'Sysctl options (default map[])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l tmpfs -d 'Mount a tmpfs directory' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-TTY' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l ulimit -d 'Ulimit options (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l userns -d 'User namespace to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l uts -d 'UTS namespace to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s v -l volume -d 'Bind mount a volume' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l volume-driver -d 'Optional volume driver for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l volumes-from -d 'Mount volumes from the specified container(s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand run" -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand exec" -s d -l detach -d 'Detached mode: run command in the background' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand exec" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand exec" -s e -l env -d 'Set environment variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand exec" -l env-file -d 'Read in a file of environment variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand exec" -s i -l interactive -d 'Keep STDIN open even if not attached' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand exec" -l privileged -d 'Give extended privileges to the command' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-TTY' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand exec" -s u -l user -d 'Username or UID (format: "<name|uid>[:<group|gid>]")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand exec" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand attach" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand attach" -l no-stdin -d 'Do not attach STDIN' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand attach" -l sig-proxy -d 'Proxy all received signals to the process (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand attach" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand commit" -s a -l author -d 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand commit" -s c -l change -d 'Apply Dockerfile instruction to the created image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand commit" -s m -l message -d 'Commit message' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand commit" -s p -l pause -d 'Pause container during commit (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand commit" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand cp" -s L -l follow-link -d 'Always follow symbol link in SRC_PATH' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand cp" -s q -l quiet -d 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand cp" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand diff" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand export" -s o -l output -d 'Write to a file, instead of STDOUT' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand export" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l cpu-period -d 'Limit CPU CFS (Completely Fair Scheduler) period' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l cpu-quota -d 'Limit CPU CFS (Completely Fair Scheduler) quota' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l cpus -d 'Number of CPUs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -s m -l memory -d 'Memory limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l memory-reservation -d 'Memory soft limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l blkio-weight -d 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l blkio-weight-device -d 'Block IO weight (relative device weight) (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l cpu-rt-period -d 'Limit CPU real-time period in microseconds' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l cpu-rt-runtime -d 'Limit CPU real-time runtime in microseconds' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l device-read-iops -d 'Limit read rate (IO per second) from a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l device-write-iops -d 'Limit write rate (IO per second) to a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l disable-content-trust -d 'Skip image verification (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l gpus -d 'GPU devices to add to the container (\'all\' to pass all GPUs)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l kernel-memory -d 'Kernel memory limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l link-local-ip -d 'Container IPv4/IPv6 link-local addresses' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l use-api-socket -d 'Bind mount Docker API socket and required auth' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l cap-add -d 'Add Linux capabilities' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l cgroupns -d 'Cgroup namespace to use (host|private) \'host\':    Run the container in the Docker host\'s cgroup namespace \'private\': Run the container in its own private cgroup namespace \'\':        Use the cgroup namespace as configured by the            default-cgroupns-mode option on the daemon (default)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l cidfile -d 'Write the container ID to the file' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l device -d 'Add a host device to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l device-cgroup-rule -d 'Add a rule to the cgroup allowed devices list' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l dns -d 'Set custom DNS servers' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l dns-option -d 'Set DNS options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l dns-search -d 'Set custom DNS search domains' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l domainname -d 'Container NIS domain name' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -s e -l env -d 'Set environment variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l env-file -d 'Read in a file of environment variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l expose -d 'Expose a port or a range of ports' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l group-add -d 'Add additional groups to join' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l health-cmd -d 'Command to run to check health' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l health-interval -d 'Time between running the check (ms|s|m|h) (default 0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l health-retries -d 'Consecutive failures needed to report unhealthy' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l health-start-period -d 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -s h -l hostname -d 'Container host name' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l init -d 'Run an init inside the container that forwards signals and reaps processes' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -s i -l interactive -d 'Keep STDIN open even if not attached' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l ip -d 'IPv4 address (e.g., 172.30.100.104)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l ip6 -d 'IPv6 address (e.g., 2001:db8::33)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l ipc -d 'IPC mode to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l isolation -d 'Container isolation technology' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -s l -l label -d 'Set meta data on a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l label-file -d 'Read in a line delimited file of labels' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l link -d 'Add link to another container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l log-driver -d 'Logging driver for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l log-opt -d 'Log driver options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l mac-address -d 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100) (default -1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l mount -d 'Attach a filesystem mount to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l name -d 'Assign a name to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l network -l net -d 'Connect a container to a network' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l network-alias -l net-alias -d 'Add network-scoped alias for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l oom-kill-disable -d 'Disable OOM Killer' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l oom-score-adj -d 'Tune host\'s OOM preferences (-1000 to 1000)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l pid -d 'PID namespace to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l privileged -d 'Give extended privileges to this container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -s p -l publish -d 'Publish a container\'s port(s) to the host' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -s P -l publish-all -d 'Publish all exposed ports to random ports' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -s q -l quiet -d 'Suppress the pull output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l read-only -d 'Mount the container\'s root filesystem as read only' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l restart -d 'Restart policy to apply when a container exits (default "no")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l rm -d 'Automatically remove the container and its associated anonymous volumes when it exits' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l runtime -d 'Runtime to use for this container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l security-opt -d 'Security Options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l shm-size -d 'Size of /dev/shm' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l stop-signal -d 'Signal to stop the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l stop-timeout -d 'Timeout (in seconds) to stop a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l storage-opt -d 'Storage driver options for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l sysctl -d 'Sysctl options (default map[])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l tmpfs -d 'Mount a tmpfs directory' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-TTY' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l ulimit -d 'Ulimit options (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l userns -d 'User namespace to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l uts -d 'UTS namespace to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -s v -l volume -d 'Bind mount a volume' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l volume-driver -d 'Optional volume driver for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l volumes-from -d 'Mount volumes from the specified container(s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l pull -d 'Pull image before creating ("always", "|missing", "never")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand create" -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand kill" -s s -l signal -d 'Signal to send to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand kill" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand logs" -l details -d 'Show extra details provided to logs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand logs" -s f -l follow -d 'Follow log output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand logs" -l since -d 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand logs" -s n -l tail -d 'Number of lines to show from the end of the logs (default "all")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand logs" -s t -l timestamps -d 'Show timestamps' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand logs" -l until -d 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand logs" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand pause" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand port" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand rename" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand restart" -s s -l signal -d 'Signal to send to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand restart" -s t -l timeout -l time -d 'Seconds to wait before killing the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand restart" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand rm" -s f -l force -d 'Force the removal of a running container (uses SIGKILL)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand rm" -s l -l link -d 'Remove the specified link' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand rm" -s v -l volumes -d 'Remove anonymous volumes associated with the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand rm" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand start" -s a -l attach -d 'Attach STDOUT/STDERR and forward signals' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand start" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand start" -s i -l interactive -d 'Attach container\'s STDIN' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand start" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand stats" -s a -l all -d 'Show all containers (default shows just running)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stats" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stats" -l no-stream -d 'Disable streaming stats and only pull the first result' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stats" -l no-trunc -d 'Do not truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stats" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand stop" -s s -l signal -d 'Signal to send to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stop" -s t -l timeout -l time -d 'Seconds to wait before killing the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stop" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand top" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand unpause" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -l cpu-period -d 'Limit CPU CFS (Completely Fair Scheduler) period' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -l cpu-quota -d 'Limit CPU CFS (Completely Fair Scheduler) quota' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -l cpus -d 'Number of CPUs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -s m -l memory -d 'Memory limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -l memory-reservation -d 'Memory soft limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -l blkio-weight -d 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -l cpu-rt-period -d 'Limit the CPU real-time period in microseconds' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -l cpu-rt-runtime -d 'Limit the CPU real-time runtime in microseconds' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -l isolation -d 'Convert the container to this isolation ("process" or "hyperv"); it is re-created with everything it has (name, config, volumes, networks, writable layer) and a new ID' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -l restart -d 'Restart policy to apply when a container exits' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -l memory-swap -d 'Swap limit equal to memory plus swap: -1 to enable unlimited swap' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand update" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand wait" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand ps" -s a -l all -d 'Show all containers (default shows just running)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand ps" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand ps" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand ps" -s n -l last -d 'Show n last created containers (includes all states) (default -1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand ps" -s l -l latest -d 'Show the latest created container (includes all states)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand ps" -l no-trunc -d 'Don\'t truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand ps" -s q -l quiet -d 'Only display container IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand ps" -s s -l size -d 'Display total file sizes' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand ps" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand images" -s a -l all -d 'Show all images (default hides intermediate images)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand images" -l digests -d 'Show digests' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand images" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand images" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand images" -l no-trunc -d 'Don\'t truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand images" -s q -l quiet -d 'Only show image IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand images" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand inspect" -s f -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand inspect" -s s -l size -d 'Display total file sizes if the type is container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand inspect" -l type -d 'Only inspect objects of the given type' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand inspect" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l add-host -d 'Add a custom host-to-IP mapping ("host:ip")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l cache-from -d 'Images to consider as cache sources' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l cgroup-parent -d 'Set the parent cgroup for the "RUN" instructions during build' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l compress -d 'Compress the build context using gzip' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l disable-content-trust -d 'Skip image verification (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -s m -l memory -d 'Memory limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l memory-swap -d 'Swap limit equal to memory plus swap: -1 to enable unlimited swap' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l security-opt -d 'Security options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l shm-size -d 'Size of "/dev/shm"' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l ulimit -d 'Ulimit options (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l build-arg -d 'Set build-time variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -s f -l file -d 'Name of the Dockerfile (Default is "PATH/Dockerfile")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l iidfile -d 'Write the image ID to the file' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l isolation -d 'Container isolation technology' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l label -d 'Set metadata for an image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l network -d 'Set the networking mode for the RUN instructions during build' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l no-cache -d 'Do not use cache when building the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l pull -d 'Always attempt to pull a newer version of the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -s q -l quiet -d 'Suppress the build output and print image ID on success' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l rm -d 'Remove intermediate containers after a successful build (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l force-rm -d 'Always remove intermediate containers' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -s t -l tag -d 'Name and optionally a tag in the "name:tag" format' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -l target -d 'Set the target build stage to build.' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand build" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand history" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand history" -s H -l human -d 'Print sizes and dates in human readable format (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand history" -l no-trunc -d 'Don\'t truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand history" -s q -l quiet -d 'Only show image IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand history" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand import" -s c -l change -d 'Apply Dockerfile instruction to the created image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand import" -s m -l message -d 'Set commit message for imported image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand import" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand import" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand load" -s i -l input -d 'Read from tar archive file, instead of STDIN' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand load" -s q -l quiet -d 'Suppress the load output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand load" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand login" -s p -l password -d 'Password or Personal Access Token (PAT)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand login" -l password-stdin -d 'Take the Password or Personal Access Token (PAT) from stdin' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand login" -s u -l username -d 'Username' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand login" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand logout" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand pull" -s a -l all-tags -d 'Download all tagged images in the repository' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand pull" -l disable-content-trust -d 'Skip image verification (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand pull" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand pull" -s q -l quiet -d 'Suppress verbose output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand pull" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand push" -s a -l all-tags -d 'Push all tags of an image to the repository' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand push" -l disable-content-trust -d 'Skip image signing (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand push" -s q -l quiet -d 'Suppress verbose output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand push" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand search" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand search" -l format -d 'Pretty-print search using a Go template' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand search" -l limit -d 'Max number of search results' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand search" -l no-trunc -d 'Don\'t truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand search" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand rmi" -s f -l force -d 'Force removal of the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand rmi" -l no-prune -d 'Do not delete untagged parents' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand rmi" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand save" -s o -l output -d 'Write to a file, instead of STDOUT' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand save" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand tag" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and not __fish_seen_subcommand_from build prune" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and not __fish_seen_subcommand_from build prune" -f -a "build" -d 'Build an image from a Dockerfile'
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and not __fish_seen_subcommand_from build prune" -f -a "prune" -d 'Remove build cache'
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l add-host -d 'Add a custom host-to-IP mapping ("host:ip")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l cache-from -d 'Images to consider as cache sources' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l cgroup-parent -d 'Set the parent cgroup for the "RUN" instructions during build' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l compress -d 'Compress the build context using gzip' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l disable-content-trust -d 'Skip image verification (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -s m -l memory -d 'Memory limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l memory-swap -d 'Swap limit equal to memory plus swap: -1 to enable unlimited swap' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l security-opt -d 'Security options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l shm-size -d 'Size of "/dev/shm"' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l ulimit -d 'Ulimit options (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l build-arg -d 'Set build-time variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -s f -l file -d 'Name of the Dockerfile (Default is "PATH/Dockerfile")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to the file' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l isolation -d 'Container isolation technology' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l label -d 'Set metadata for an image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l network -d 'Set the networking mode for the RUN instructions during build' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use cache when building the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l pull -d 'Always attempt to pull a newer version of the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Suppress the build output and print image ID on success' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l rm -d 'Remove intermediate containers after a successful build (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l force-rm -d 'Always remove intermediate containers' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name and optionally a tag in the "name:tag" format' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -l target -d 'Set the target build stage to build.' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from build" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused build cache, not just dangling ones' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. "until=24h")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from prune" -l keep-storage -d 'Amount of disk space to keep for cache' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand builder; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "create" -d 'Create a new container'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "exec" -d 'Execute a command in a running container'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "inspect" -d 'Display detailed information on one or more containers'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "kill" -d 'Kill one or more running containers'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "ls" -d 'List containers'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "list" -d 'List containers'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "ps" -d 'List containers'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "logs" -d 'Fetch the logs of a container'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "prune" -d 'Remove all stopped containers'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "rename" -d 'Rename a container'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "restart" -d 'Restart one or more containers'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "rm" -d 'Remove one or more containers'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "remove" -d 'Remove one or more containers'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "run" -d 'Create and run a new container from an image'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "start" -d 'Start one or more stopped containers'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "stop" -d 'Stop one or more running containers'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "top" -d 'Display the running processes of a container'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "update" -d 'Update configuration of one or more containers (and convert their isolation)'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec export inspect kill ls list ps logs pause port prune rename restart rm remove run start stats stop top unpause update wait" -f -a "wait" -d 'Block until one or more containers stop, then print their exit codes'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not attach STDIN' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Proxy all received signals to the process (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply Dockerfile instruction to the created image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Commit message' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Pause container during commit (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Always follow symbol link in SRC_PATH' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from cp" -s q -l quiet -d 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-period -d 'Limit CPU CFS (Completely Fair Scheduler) period' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-quota -d 'Limit CPU CFS (Completely Fair Scheduler) quota' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l cpus -d 'Number of CPUs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -s m -l memory -d 'Memory limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-reservation -d 'Memory soft limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight -d 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight-device -d 'Block IO weight (relative device weight) (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-rt-period -d 'Limit CPU real-time period in microseconds' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-rt-runtime -d 'Limit CPU real-time runtime in microseconds' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-iops -d 'Limit read rate (IO per second) from a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-iops -d 'Limit write rate (IO per second) to a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l disable-content-trust -d 'Skip image verification (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l gpus -d 'GPU devices to add to the container (\'all\' to pass all GPUs)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l kernel-memory -d 'Kernel memory limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l link-local-ip -d 'Container IPv4/IPv6 link-local addresses' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l use-api-socket -d 'Bind mount Docker API socket and required auth' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-add -d 'Add Linux capabilities' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroupns -d 'Cgroup namespace to use (host|private) \'host\':    Run the container in the Docker host\'s cgroup namespace \'private\': Run the container in its own private cgroup namespace \'\':        Use the cgroup namespace as configured by the            default-cgroupns-mode option on the daemon (default)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l cidfile -d 'Write the container ID to the file' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l device -d 'Add a host device to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l device-cgroup-rule -d 'Add a rule to the cgroup allowed devices list' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l dns -d 'Set custom DNS servers' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-option -d 'Set DNS options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-search -d 'Set custom DNS search domains' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l domainname -d 'Container NIS domain name' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set environment variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read in a file of environment variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l expose -d 'Expose a port or a range of ports' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l group-add -d 'Add additional groups to join' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l health-cmd -d 'Command to run to check health' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l health-interval -d 'Time between running the check (ms|s|m|h) (default 0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l health-retries -d 'Consecutive failures needed to report unhealthy' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-period -d 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Container host name' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run an init inside the container that forwards signals and reaps processes' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep STDIN open even if not attached' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l ip -d 'IPv4 address (e.g., 172.30.100.104)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l ip6 -d 'IPv6 address (e.g., 2001:db8::33)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l ipc -d 'IPC mode to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l isolation -d 'Container isolation technology' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Set meta data on a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l label-file -d 'Read in a line delimited file of labels' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l link -d 'Add link to another container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l log-driver -d 'Logging driver for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l log-opt -d 'Log driver options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l mac-address -d 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100) (default -1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l mount -d 'Attach a filesystem mount to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Assign a name to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l network -l net -d 'Connect a container to a network' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l network-alias -l net-alias -d 'Add network-scoped alias for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-kill-disable -d 'Disable OOM Killer' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-score-adj -d 'Tune host\'s OOM preferences (-1000 to 1000)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l pid -d 'PID namespace to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l privileged -d 'Give extended privileges to this container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a container\'s port(s) to the host' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -s P -l publish-all -d 'Publish all exposed ports to random ports' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Suppress the pull output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Mount the container\'s root filesystem as read only' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l restart -d 'Restart policy to apply when a container exits (default "no")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l rm -d 'Automatically remove the container and its associated anonymous volumes when it exits' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime -d 'Runtime to use for this container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l security-opt -d 'Security Options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l shm-size -d 'Size of /dev/shm' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-signal -d 'Signal to stop the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-timeout -d 'Timeout (in seconds) to stop a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver options for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l sysctl -d 'Sysctl options (default map[])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpfs -d 'Mount a tmpfs directory' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-TTY' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l ulimit -d 'Ulimit options (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l userns -d 'User namespace to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l uts -d 'UTS namespace to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -s v -l volume -d 'Bind mount a volume' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l volume-driver -d 'Optional volume driver for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount volumes from the specified container(s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l pull -d 'Pull image before creating ("always", "|missing", "never")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Detached mode: run command in the background' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from exec" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from exec" -l env-file -d 'Read in a file of environment variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep STDIN open even if not attached' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from exec" -l privileged -d 'Give extended privileges to the command' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-TTY' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from exec" -s u -l user -d 'Username or UID (format: "<name|uid>[:<group|gid>]")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to a file, instead of STDOUT' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Display total file sizes' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all containers (default shows just running)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ls" -s n -l last -d 'Show n last created containers (includes all states) (default -1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ls" -s l -l latest -d 'Show the latest created container (includes all states)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Don\'t truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display container IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ls" -s s -l size -d 'Display total file sizes' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all containers (default shows just running)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from list" -s n -l last -d 'Show n last created containers (includes all states) (default -1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from list" -s l -l latest -d 'Show the latest created container (includes all states)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from list" -l no-trunc -d 'Don\'t truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display container IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from list" -s s -l size -d 'Display total file sizes' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from list" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all containers (default shows just running)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ps" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ps" -s n -l last -d 'Show n last created containers (includes all states) (default -1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Show the latest created container (includes all states)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Don\'t truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only display container IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ps" -s s -l size -d 'Display total file sizes' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from logs" -l details -d 'Show extra details provided to logs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines to show from the end of the logs (default "all")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from port" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. "until=<timestamp>")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from restart" -s s -l signal -d 'Signal to send to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l timeout -l time -d 'Seconds to wait before killing the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force the removal of a running container (uses SIGKILL)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from rm" -s l -l link -d 'Remove the specified link' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove anonymous volumes associated with the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force the removal of a running container (uses SIGKILL)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from remove" -s l -l link -d 'Remove the specified link' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from remove" -s v -l volumes -d 'Remove anonymous volumes associated with the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run container in background and print container ID' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l sig-proxy -d 'Proxy received signals to the process (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-period -d 'Limit CPU CFS (Completely Fair Scheduler) period' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-quota -d 'Limit CPU CFS (Completely Fair Scheduler) quota' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l cpus -d 'Number of CPUs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s m -l memory -d 'Memory limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-reservation -d 'Memory soft limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight -d 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight-device -d 'Block IO weight (relative device weight) (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-rt-period -d 'Limit CPU real-time period in microseconds' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-rt-runtime -d 'Limit CPU real-time runtime in microseconds' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-iops -d 'Limit read rate (IO per second) from a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-iops -d 'Limit write rate (IO per second) to a device (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l disable-content-trust -d 'Skip image verification (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l gpus -d 'GPU devices to add to the container (\'all\' to pass all GPUs)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l kernel-memory -d 'Kernel memory limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l link-local-ip -d 'Container IPv4/IPv6 link-local addresses' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l use-api-socket -d 'Bind mount Docker API socket and required auth' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-add -d 'Add Linux capabilities' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-parent -d 'Optional parent cgroup for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroupns -d 'Cgroup namespace to use (host|private) \'host\':    Run the container in the Docker host\'s cgroup namespace \'private\': Run the container in its own private cgroup namespace \'\':        Use the cgroup namespace as configured by the            default-cgroupns-mode option on the daemon (default)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l cidfile -d 'Write the container ID to the file' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l device -d 'Add a host device to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l device-cgroup-rule -d 'Add a rule to the cgroup allowed devices list' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l dns -d 'Set custom DNS servers' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-option -d 'Set DNS options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-search -d 'Set custom DNS search domains' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l domainname -d 'Container NIS domain name' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l env-file -d 'Read in a file of environment variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l expose -d 'Expose a port or a range of ports' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l group-add -d 'Add additional groups to join' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l health-cmd -d 'Command to run to check health' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l health-interval -d 'Time between running the check (ms|s|m|h) (default 0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l health-retries -d 'Consecutive failures needed to report unhealthy' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-period -d 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s h -l hostname -d 'Container host name' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run an init inside the container that forwards signals and reaps processes' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep STDIN open even if not attached' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l ip -d 'IPv4 address (e.g., 172.30.100.104)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l ip6 -d 'IPv6 address (e.g., 2001:db8::33)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l ipc -d 'IPC mode to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l isolation -d 'Container isolation technology' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s l -l label -d 'Set meta data on a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l label-file -d 'Read in a line delimited file of labels' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l link -d 'Add link to another container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l log-driver -d 'Logging driver for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l log-opt -d 'Log driver options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l mac-address -d 'Container MAC address (e.g., 92:d0:c6:0a:29:33)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100) (default -1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l mount -d 'Attach a filesystem mount to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l name -d 'Assign a name to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l network -l net -d 'Connect a container to a network' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l network-alias -l net-alias -d 'Add network-scoped alias for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-kill-disable -d 'Disable OOM Killer' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-score-adj -d 'Tune host\'s OOM preferences (-1000 to 1000)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l pid -d 'PID namespace to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l privileged -d 'Give extended privileges to this container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a container\'s port(s) to the host' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s P -l publish-all -d 'Publish all exposed ports to random ports' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l pull -d 'Pull image before running ("always", "missing", "never")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Suppress the pull output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Mount the container\'s root filesystem as read only' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l restart -d 'Restart policy to apply when a container exits (default "no")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l rm -d 'Automatically remove the container and its associated anonymous volumes when it exits' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime -d 'Runtime to use for this container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l security-opt -d 'Security Options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l shm-size -d 'Size of /dev/shm' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-signal -d 'Signal to stop the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-timeout -d 'Timeout (in seconds) to stop a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-opt -d 'Storage driver options for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l sysctl -d 'Sysctl options (default map[])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpfs -d 'Mount a tmpfs directory' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-TTY' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l ulimit -d 'Ulimit options (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l userns -d 'User namespace to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l uts -d 'UTS namespace to use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount a volume' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l volume-driver -d 'Optional volume driver for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l volumes-from -d 'Mount volumes from the specified container(s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from start" -s a -l attach -d 'Attach STDOUT/STDERR and forward signals' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from start" -l detach-keys -d 'Override the key sequence for detaching a container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from start" -s i -l interactive -d 'Attach container\'s STDIN' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show all containers (default shows just running)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from stats" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-stream -d 'Disable streaming stats and only pull the first result' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-trunc -d 'Do not truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from stop" -s s -l signal -d 'Signal to send to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l timeout -l time -d 'Seconds to wait before killing the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-period -d 'Limit CPU CFS (Completely Fair Scheduler) period' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-quota -d 'Limit CPU CFS (Completely Fair Scheduler) quota' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -l cpus -d 'Number of CPUs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -s m -l memory -d 'Memory limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-reservation -d 'Memory soft limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -l blkio-weight -d 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-rt-period -d 'Limit the CPU real-time period in microseconds' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-rt-runtime -d 'Limit the CPU real-time runtime in microseconds' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -l isolation -d 'Convert the container to this isolation ("process" or "hyperv"); it is re-created with everything it has (name, config, volumes, networks, writable layer) and a new ID' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -l restart -d 'Restart policy to apply when a container exits' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-swap -d 'Swap limit equal to memory plus swap: -1 to enable unlimited swap' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from update" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -f -a "ls" -d 'List images'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -f -a "list" -d 'List images'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -f -a "build" -d 'Build an image from a Dockerfile'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -f -a "history" -d 'Show the history of an image'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -f -a "import" -d 'Import the contents from a tarball to create a filesystem image'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -f -a "load" -d 'Load an image from a tar archive or STDIN'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -f -a "prune" -d 'Remove unused images'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -f -a "pull" -d 'Download an image from a registry'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -f -a "push" -d 'Upload an image to a registry'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -f -a "rm" -d 'Remove one or more images'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -f -a "remove" -d 'Remove one or more images'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -f -a "save" -d 'Save one or more images to a tar archive (streamed to STDOUT by default)'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and not __fish_seen_subcommand_from inspect ls list build history import load prune pull push rm remove save tag" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images (default hides intermediate images)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show digests' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Don\'t truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only show image IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all images (default hides intermediate images)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from list" -l digests -d 'Show digests' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from list" -l no-trunc -d 'Don\'t truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only show image IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l add-host -d 'Add a custom host-to-IP mapping ("host:ip")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l cache-from -d 'Images to consider as cache sources' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l cgroup-parent -d 'Set the parent cgroup for the "RUN" instructions during build' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l compress -d 'Compress the build context using gzip' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l cpuset-mems -d 'MEMs in which to allow execution (0-3, 0,1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l disable-content-trust -d 'Skip image verification (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -s m -l memory -d 'Memory limit' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l memory-swap -d 'Swap limit equal to memory plus swap: -1 to enable unlimited swap' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l security-opt -d 'Security options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l shm-size -d 'Size of "/dev/shm"' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l ulimit -d 'Ulimit options (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg -d 'Set build-time variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -s f -l file -d 'Name of the Dockerfile (Default is "PATH/Dockerfile")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to the file' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l isolation -d 'Container isolation technology' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l label -d 'Set metadata for an image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l network -d 'Set the networking mode for the RUN instructions during build' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use cache when building the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l pull -d 'Always attempt to pull a newer version of the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Suppress the build output and print image ID on success' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l rm -d 'Remove intermediate containers after a successful build (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l force-rm -d 'Always remove intermediate containers' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name and optionally a tag in the "name:tag" format' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -l target -d 'Set the target build stage to build.' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from build" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Print sizes and dates in human readable format (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Don\'t truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only show image IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply Dockerfile instruction to the created image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Set commit message for imported image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from import" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read from tar archive file, instead of STDIN' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Suppress the load output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused images, not just dangling ones' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. "until=<timestamp>")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from pull" -s a -l all-tags -d 'Download all tagged images in the repository' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from pull" -l disable-content-trust -d 'Skip image verification (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Set platform if server is multi-platform capable' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Suppress verbose output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from push" -s a -l all-tags -d 'Push all tags of an image to the repository' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from push" -l disable-content-trust -d 'Skip image signing (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Suppress verbose output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal of the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from rm" -l no-prune -d 'Do not delete untagged parents' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force removal of the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from remove" -l no-prune -d 'Do not delete untagged parents' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to a file, instead of STDOUT' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand compute; and not __fish_seen_subcommand_from ls ps" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand compute; and not __fish_seen_subcommand_from ls ps" -f -a "ls" -d 'List the compute (worker) process behind each running container'
complete -c hvdock -n "__fish_hvdock_using_subcommand compute; and not __fish_seen_subcommand_from ls ps" -f -a "ps" -d 'List the compute (worker) process behind each running container'
complete -c hvdock -n "__fish_hvdock_using_subcommand compute; and __fish_seen_subcommand_from ls" -s a -l all -d 'Also list sandbox and VM worker processes that belong to no container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand compute; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Fields: .ID .Name .Owner .Type .Isolation .PID' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand compute; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display container IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand compute; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand compute; and __fish_seen_subcommand_from ps" -s a -l all -d 'Also list sandbox and VM worker processes that belong to no container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand compute; and __fish_seen_subcommand_from ps" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Fields: .ID .Name .Owner .Type .Isolation .PID' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand compute; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only display container IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand compute; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand isolation; and not __fish_seen_subcommand_from verify recover" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand isolation; and not __fish_seen_subcommand_from verify recover" -f -a "verify" -d 'Prove each container\'s isolation: compare its processes and kernel with the host\'s'
complete -c hvdock -n "__fish_hvdock_using_subcommand isolation; and not __fish_seen_subcommand_from verify recover" -f -a "recover" -d 'Finish or roll back interrupted isolation conversions (update --isolation)'
complete -c hvdock -n "__fish_hvdock_using_subcommand isolation; and __fish_seen_subcommand_from verify" -l format -d 'Format output: \'json\' prints one JSON object per container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand isolation; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand isolation; and __fish_seen_subcommand_from recover" -l list -d 'List interrupted conversions without repairing them' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand isolation; and __fish_seen_subcommand_from recover" -l rollback -d 'Roll back every conversion, also those whose replacement was already created' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand isolation; and __fish_seen_subcommand_from recover" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand version" -s f -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand version" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand info" -s f -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand info" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand events" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand events" -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand events" -l since -d 'Show all events created since timestamp' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand events" -l until -d 'Stream events until this timestamp' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand events" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and not __fish_seen_subcommand_from annotate create inspect push rm" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and not __fish_seen_subcommand_from annotate create inspect push rm" -f -a "annotate" -d 'Add additional information to a local image manifest'
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and not __fish_seen_subcommand_from annotate create inspect push rm" -f -a "create" -d 'Create a local manifest list for annotating and pushing to a registry'
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and not __fish_seen_subcommand_from annotate create inspect push rm" -f -a "inspect" -d 'Display an image manifest, or manifest list'
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and not __fish_seen_subcommand_from annotate create inspect push rm" -f -a "push" -d 'Push a manifest list to a repository'
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and not __fish_seen_subcommand_from annotate create inspect push rm" -f -a "rm" -d 'Delete one or more manifest lists from local storage'
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l arch -d 'Set architecture' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l os -d 'Set operating system' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l os-features -d 'Set operating system feature' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l os-version -d 'Set operating system version' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l variant -d 'Set architecture variant' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from create" -s a -l amend -d 'Amend an existing manifest list' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from create" -l insecure -d 'Allow communication with an insecure registry' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from create" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l insecure -d 'Allow communication with an insecure registry' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'Output additional info including layers and platform' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from push" -l insecure -d 'Allow push to an insecure registry' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from push" -s p -l purge -d 'Remove the local manifest list after push' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from push" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect inspect ls list prune rm remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect inspect ls list prune rm remove" -f -a "connect" -d 'Connect a container to a network'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect inspect ls list prune rm remove" -f -a "create" -d 'Create a network'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect inspect ls list prune rm remove" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect inspect ls list prune rm remove" -f -a "inspect" -d 'Display detailed information on one or more networks'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect inspect ls list prune rm remove" -f -a "ls" -d 'List networks'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect inspect ls list prune rm remove" -f -a "list" -d 'List networks'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect inspect ls list prune rm remove" -f -a "prune" -d 'Remove all unused networks'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect inspect ls list prune rm remove" -f -a "rm" -d 'Remove one or more networks'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect inspect ls list prune rm remove" -f -a "remove" -d 'Remove one or more networks'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'Add network-scoped alias for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from connect" -l driver-opt -d 'driver options for the network' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from connect" -l gw-priority -d 'Highest gw-priority provides the default gateway. Accepts positive and negative values.' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'IPv4 address (e.g., "172.30.100.104")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip6 -d 'IPv6 address (e.g., "2001:db8::33")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from connect" -l link -d 'Add link to another container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from connect" -l link-local-ip -d 'Add a link-local address for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l attachable -d 'Enable manual container attachment' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l aux-address -d 'Auxiliary IPv4 or IPv6 addresses used by Network driver (default map[])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l config-from -d 'The network from which to copy the configuration' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l config-only -d 'Create a configuration only network' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'Driver to manage the Network' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'IPv4 or IPv6 Gateway for the master subnet' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l ingress -d 'Create swarm routing-mesh network' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'Restrict external access to the network' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l ip-range -d 'Allocate container ip from a sub-range' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l ipam-driver -d 'IP Address Management Driver' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l ipam-opt -d 'Set IPAM driver specific options (default map[])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l ipv4 -d 'Enable or disable IPv4 address assignment (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l ipv6 -d 'Enable or disable IPv6 address assignment' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l label -d 'Set metadata on a network' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -s o -l opt -d 'Set driver specific options (default map[])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l scope -d 'Control the network\'s scope' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'Subnet in CIDR format that represents a network segment' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s f -l force -d 'Force the container to disconnect from a network' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'Verbose output for diagnostics' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Provide filter values (e.g. "driver=bridge")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate the output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display network IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l filter -d 'Provide filter values (e.g. "driver=bridge")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate the output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display network IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. "until=<timestamp>")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'Do not error if the network does not exist' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from remove" -s f -l force -d 'Do not error if the network does not exist' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand network; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and not __fish_seen_subcommand_from create inspect ls list prune rm remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and not __fish_seen_subcommand_from create inspect ls list prune rm remove" -f -a "create" -d 'Create a volume'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and not __fish_seen_subcommand_from create inspect ls list prune rm remove" -f -a "inspect" -d 'Display detailed information on one or more volumes'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and not __fish_seen_subcommand_from create inspect ls list prune rm remove" -f -a "ls" -d 'List volumes'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and not __fish_seen_subcommand_from create inspect ls list prune rm remove" -f -a "list" -d 'List volumes'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and not __fish_seen_subcommand_from create inspect ls list prune rm remove" -f -a "prune" -d 'Remove unused local volumes'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and not __fish_seen_subcommand_from create inspect ls list prune rm remove" -f -a "rm" -d 'Remove one or more volumes'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and not __fish_seen_subcommand_from create inspect ls list prune rm remove" -f -a "remove" -d 'Remove one or more volumes'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from create" -s d -l driver -d 'Specify volume driver name' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from create" -l label -d 'Set metadata for a volume' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from create" -l name -d 'Specify volume name' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Set driver specific options (default map[])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Provide filter values (e.g. "dangling=true")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display volume names' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from list" -s f -l filter -d 'Provide filter values (e.g. "dangling=true")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display volume names' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused volumes, not just anonymous ones' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. "label=<label>")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force the removal of one or more volumes' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force the removal of one or more volumes' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand volume; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and not __fish_seen_subcommand_from create inspect logs ls list ps rm remove rollback scale update" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and not __fish_seen_subcommand_from create inspect logs ls list ps rm remove rollback scale update" -f -a "create" -d 'Create a new service'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and not __fish_seen_subcommand_from create inspect logs ls list ps rm remove rollback scale update" -f -a "inspect" -d 'Display detailed information on one or more services'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and not __fish_seen_subcommand_from create inspect logs ls list ps rm remove rollback scale update" -f -a "logs" -d 'Fetch the logs of a service or task'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and not __fish_seen_subcommand_from create inspect logs ls list ps rm remove rollback scale update" -f -a "ls" -d 'List services'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and not __fish_seen_subcommand_from create inspect logs ls list ps rm remove rollback scale update" -f -a "list" -d 'List services'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and not __fish_seen_subcommand_from create inspect logs ls list ps rm remove rollback scale update" -f -a "ps" -d 'List the tasks of one or more services'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and not __fish_seen_subcommand_from create inspect logs ls list ps rm remove rollback scale update" -f -a "rm" -d 'Remove one or more services'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and not __fish_seen_subcommand_from create inspect logs ls list ps rm remove rollback scale update" -f -a "remove" -d 'Remove one or more services'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and not __fish_seen_subcommand_from create inspect logs ls list ps rm remove rollback scale update" -f -a "rollback" -d 'Revert changes to a service\'s configuration'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and not __fish_seen_subcommand_from create inspect logs ls list ps rm remove rollback scale update" -f -a "scale" -d 'Scale one or multiple replicated services'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and not __fish_seen_subcommand_from create inspect logs ls list ps rm remove rollback scale update" -f -a "update" -d 'Update a service'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l cap-add -d 'Add Linux capabilities' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l credential-spec -d 'Credential spec for managed service account (Windows only)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -s d -l detach -d 'Exit immediately instead of waiting for the service to converge' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l endpoint-mode -d 'Endpoint mode (vip or dnsrr) (default "vip")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l health-cmd -d 'Command to run to check health' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l health-interval -d 'Time between running the check (ms|s|m|h)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l health-retries -d 'Consecutive failures needed to report unhealthy' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l health-start-period -d 'Start period for the container to initialize before counting retries towards unstable (ms|s|m|h)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l hostname -d 'Container hostname' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l init -d 'Use an init inside each service container to forward signals and reap processes' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l isolation -d 'Service container isolation mode' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l limit-cpu -d 'Limit CPUs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l limit-memory -d 'Limit Memory' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l limit-pids -d 'Limit maximum number of processes (default 0 = unlimited)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l log-driver -d 'Logging driver for service' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l log-opt -d 'Logging driver options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l max-concurrent -d 'Number of job tasks to run concurrently (default equal to --replicas)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l no-resolve-image -d 'Do not query the registry to resolve image digest and supported platforms' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Suppress progress output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l read-only -d 'Mount the container\'s root filesystem as read only' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l replicas -d 'Number of tasks' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l replicas-max-per-node -d 'Maximum number of tasks per node (default 0 = unlimited)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l reserve-cpu -d 'Reserve CPUs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l reserve-memory -d 'Reserve Memory' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l restart-condition -d 'Restart when condition is met ("none", "on-failure", "any") (default "any")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l restart-delay -d 'Delay between restart attempts (ns|us|ms|s|m|h) (default 5s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l restart-max-attempts -d 'Maximum number of restarts before giving up' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l restart-window -d 'Window used to evaluate the restart policy (ns|us|ms|s|m|h)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l rollback-delay -d 'Delay between task rollbacks (ns|us|ms|s|m|h) (default 0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l rollback-failure-action -d 'Action on rollback failure ("pause", "continue") (default "pause")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l rollback-max-failure-ratio -d 'Failure rate to tolerate during a rollback (default 0)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l rollback-monitor -d 'Duration after each task rollback to monitor for failure (ns|us|ms|s|m|h) (default 5s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l rollback-order -d 'Rollback order ("start-first", "stop-first") (default "stop-first")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l rollback-parallelism -d 'Maximum number of tasks rolled back simultaneously (0 to roll back all at once) (default 1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l stop-grace-period -d 'Time to wait before force killing a container (ns|us|ms|s|m|h) (default 10s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l stop-signal -d 'Signal to stop the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-TTY' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l update-delay -d 'Delay between updates (ns|us|ms|s|m|h) (default 0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l update-failure-action -d 'Action on update failure ("pause", "continue", "rollback") (default "pause")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l update-max-failure-ratio -d 'Failure rate to tolerate during an update (default 0)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l update-monitor -d 'Duration after each task update to monitor for failure (ns|us|ms|s|m|h) (default 5s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l update-order -d 'Update order ("start-first", "stop-first") (default "stop-first")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l update-parallelism -d 'Maximum number of tasks updated simultaneously (0 to update all at once) (default 1)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l with-registry-auth -d 'Send registry authentication details to swarm agents' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l config -d 'Specify configurations to expose to the service' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l constraint -d 'Placement constraints' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l container-label -d 'Container labels' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l dns -d 'Set custom DNS servers' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l dns-option -d 'Set DNS options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l dns-search -d 'Set custom DNS search domains' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -s e -l env -d 'Set environment variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l env-file -d 'Read in a file of environment variables' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l generic-resource -d 'User defined resources' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l group -d 'Set one or more supplementary user groups for the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l host -d 'Set one or more custom host-to-IP mappings (host:ip)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -s l -l label -d 'Service labels' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l mode -d 'Service mode ("replicated", "global", "replicated-job", "global-job") (default "replicated")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l mount -d 'Attach a filesystem mount to the service' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l name -d 'Service name' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l network -d 'Network attachments' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l placement-pref -d 'Add a placement preference' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port as a node port' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l secret -d 'Specify secrets to expose to the service' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l sysctl -d 'Sysctl options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -l ulimit -d 'Ulimit options (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from create" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from inspect" -l pretty -d 'Print the information in a human friendly format' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from logs" -l details -d 'Show extra details provided to logs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from logs" -l no-resolve -d 'Do not map IDs to Names in output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from logs" -l no-task-ids -d 'Do not include task IDs in output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from logs" -l no-trunc -d 'Do not truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from logs" -l raw -d 'Do not neatly format logs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines to show from the end of the logs (default "all")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from list" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from ps" -l format -d 'Pretty-print tasks using a Go template' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from ps" -l no-resolve -d 'Do not map IDs to Names' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only display task IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from rollback" -s d -l detach -d 'Exit immediately instead of waiting for the service to converge' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Suppress progress output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from scale" -s d -l detach -d 'Exit immediately instead of waiting for the service to converge' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from scale" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l cap-add -d 'Add Linux capabilities' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l credential-spec -d 'Credential spec for managed service account (Windows only)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -s d -l detach -d 'Exit immediately instead of waiting for the service to converge' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l endpoint-mode -d 'Endpoint mode (vip or dnsrr)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l entrypoint -d 'Overwrite the default ENTRYPOINT of the image' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l health-cmd -d 'Command to run to check health' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l health-interval -d 'Time between running the check (ms|s|m|h)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l health-retries -d 'Consecutive failures needed to report unhealthy' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l health-start-period -d 'Start period for the container to initialize before counting retries towards unstable (ms|s|m|h)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l hostname -d 'Container hostname' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l init -d 'Use an init inside each service container to forward signals and reap processes' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l isolation -d 'Service container isolation mode' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l limit-cpu -d 'Limit CPUs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l limit-memory -d 'Limit Memory' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l limit-pids -d 'Limit maximum number of processes (default 0 = unlimited)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l log-driver -d 'Logging driver for service' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l log-opt -d 'Logging driver options' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l max-concurrent -d 'Number of job tasks to run concurrently (default equal to --replicas)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l no-resolve-image -d 'Do not query the registry to resolve image digest and supported platforms' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Suppress progress output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l read-only -d 'Mount the container\'s root filesystem as read only' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l replicas -d 'Number of tasks' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l replicas-max-per-node -d 'Maximum number of tasks per node (default 0 = unlimited)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l reserve-cpu -d 'Reserve CPUs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l reserve-memory -d 'Reserve Memory' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l restart-condition -d 'Restart when condition is met ("none", "on-failure", "any")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l restart-delay -d 'Delay between restart attempts (ns|us|ms|s|m|h)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l restart-max-attempts -d 'Maximum number of restarts before giving up' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l restart-window -d 'Window used to evaluate the restart policy (ns|us|ms|s|m|h)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l rollback-delay -d 'Delay between task rollbacks (ns|us|ms|s|m|h)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l rollback-failure-action -d 'Action on rollback failure ("pause", "continue")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l rollback-max-failure-ratio -d 'Failure rate to tolerate during a rollback' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l rollback-monitor -d 'Duration after each task rollback to monitor for failure (ns|us|ms|s|m|h)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l rollback-order -d 'Rollback order ("start-first", "stop-first")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l rollback-parallelism -d 'Maximum number of tasks rolled back simultaneously (0 to roll back all at once)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l stop-grace-period -d 'Time to wait before force killing a container (ns|us|ms|s|m|h)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l stop-signal -d 'Signal to stop the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -s t -l tty -d 'Allocate a pseudo-TTY' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l update-delay -d 'Delay between updates (ns|us|ms|s|m|h)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l update-failure-action -d 'Action on update failure ("pause", "continue", "rollback")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l update-max-failure-ratio -d 'Failure rate to tolerate during an update' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l update-monitor -d 'Duration after each task update to monitor for failure (ns|us|ms|s|m|h)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l update-order -d 'Update order ("start-first", "stop-first")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l update-parallelism -d 'Maximum number of tasks updated simultaneously (0 to update all at once)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l with-registry-auth -d 'Send registry authentication details to swarm agents' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -s w -l workdir -d 'Working directory inside the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l args -d 'Service command args' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l config-add -d 'Add or update a config file on a service' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l config-rm -d 'Remove a configuration file' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l constraint-add -d 'Add or update a placement constraint' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l constraint-rm -d 'Remove a constraint' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l container-label-add -d 'Add or update a container label' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l container-label-rm -d 'Remove a container label by its key' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l dns-add -d 'Add or update a custom DNS server' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l dns-option-add -d 'Add or update a DNS option' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l dns-option-rm -d 'Remove a DNS option' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l dns-rm -d 'Remove a custom DNS server' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l dns-search-add -d 'Add or update a custom DNS search domain' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l dns-search-rm -d 'Remove a DNS search domain' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l env-add -d 'Add or update an environment variable' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l env-rm -d 'Remove an environment variable' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l force -d 'Force update even if no changes require it' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l generic-resource-add -d 'Add a Generic resource' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l generic-resource-rm -d 'Remove a Generic resource' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l group-add -d 'Add an additional supplementary user group to the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l group-rm -d 'Remove a previously added supplementary user group from the container' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l host-add -d 'Add a custom host-to-IP mapping ("host:ip")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l host-rm -d 'Remove a custom host-to-IP mapping ("host:ip")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l image -d 'Service image tag' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l label-add -d 'Add or update a service label' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l label-rm -d 'Remove a label by its key' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l mount-add -d 'Add or update a mount on a service' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l mount-rm -d 'Remove a mount by its target path' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l network-add -d 'Add a network' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l network-rm -d 'Remove a network' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l placement-pref-add -d 'Add a placement preference' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l placement-pref-rm -d 'Remove a placement preference' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l publish-add -d 'Add or update a published port' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l publish-rm -d 'Remove a published port by its target port' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l rollback -d 'Rollback to previous specification' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l secret-add -d 'Add or update a secret on a service' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l secret-rm -d 'Remove a secret' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l sysctl-add -d 'Add or update a Sysctl option' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l sysctl-rm -d 'Remove a Sysctl option' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l ulimit-add -d 'Add or update a ulimit option (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -l ulimit-rm -d 'Remove a ulimit option' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand service; and __fish_seen_subcommand_from update" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and not __fish_seen_subcommand_from create inspect ls list rm remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and not __fish_seen_subcommand_from create inspect ls list rm remove" -f -a "create" -d 'Create a config from a file or STDIN'
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and not __fish_seen_subcommand_from create inspect ls list rm remove" -f -a "inspect" -d 'Display detailed information on one or more configs'
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and not __fish_seen_subcommand_from create inspect ls list rm remove" -f -a "ls" -d 'List configs'
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and not __fish_seen_subcommand_from create inspect ls list rm remove" -f -a "list" -d 'List configs'
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and not __fish_seen_subcommand_from create inspect ls list rm remove" -f -a "rm" -d 'Remove one or more configs'
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and not __fish_seen_subcommand_from create inspect ls list rm remove" -f -a "remove" -d 'Remove one or more configs'
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from create" -s l -l label -d 'Config labels' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from create" -l template-driver -d 'Template driver' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from create" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from inspect" -l pretty -d 'Print the information in a human friendly format' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand config; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and not __fish_seen_subcommand_from demote inspect ls list promote ps rm remove update" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and not __fish_seen_subcommand_from demote inspect ls list promote ps rm remove update" -f -a "demote" -d 'Demote one or more nodes from manager in the swarm'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and not __fish_seen_subcommand_from demote inspect ls list promote ps rm remove update" -f -a "inspect" -d 'Display detailed information on one or more nodes'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and not __fish_seen_subcommand_from demote inspect ls list promote ps rm remove update" -f -a "ls" -d 'List nodes in the swarm'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and not __fish_seen_subcommand_from demote inspect ls list promote ps rm remove update" -f -a "list" -d 'List nodes in the swarm'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and not __fish_seen_subcommand_from demote inspect ls list promote ps rm remove update" -f -a "promote" -d 'Promote one or more nodes to manager in the swarm'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and not __fish_seen_subcommand_from demote inspect ls list promote ps rm remove update" -f -a "ps" -d 'List tasks running on one or more nodes, defaults to current node'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and not __fish_seen_subcommand_from demote inspect ls list promote ps rm remove update" -f -a "rm" -d 'Remove one or more nodes from the swarm'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and not __fish_seen_subcommand_from demote inspect ls list promote ps rm remove update" -f -a "remove" -d 'Remove one or more nodes from the swarm'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and not __fish_seen_subcommand_from demote inspect ls list promote ps rm remove update" -f -a "update" -d 'Update a node'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from demote" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from inspect" -l pretty -d 'Print the information in a human friendly format' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from list" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from promote" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from ps" -l format -d 'Pretty-print tasks using a Go template' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from ps" -l no-resolve -d 'Do not map IDs to Names' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only display task IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force remove a node from the swarm' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force remove a node from the swarm' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from update" -l availability -d 'Availability of the node ("active", "pause", "drain")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from update" -l label-add -d 'Add or update a node label ("key=value")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from update" -l label-rm -d 'Remove a node label if exists' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from update" -l role -d 'Role of the node ("worker", "manager")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand node; and __fish_seen_subcommand_from update" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and not __fish_seen_subcommand_from create inspect ls list rm remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and not __fish_seen_subcommand_from create inspect ls list rm remove" -f -a "create" -d 'Create a secret from a file or STDIN as content'
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and not __fish_seen_subcommand_from create inspect ls list rm remove" -f -a "inspect" -d 'Display detailed information on one or more secrets'
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and not __fish_seen_subcommand_from create inspect ls list rm remove" -f -a "ls" -d 'List secrets'
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and not __fish_seen_subcommand_from create inspect ls list rm remove" -f -a "list" -d 'List secrets'
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and not __fish_seen_subcommand_from create inspect ls list rm remove" -f -a "rm" -d 'Remove one or more secrets'
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and not __fish_seen_subcommand_from create inspect ls list rm remove" -f -a "remove" -d 'Remove one or more secrets'
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from create" -s d -l driver -d 'Secret driver' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from create" -s l -l label -d 'Secret labels' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from create" -l template-driver -d 'Template driver' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from create" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l pretty -d 'Print the information in a human friendly format' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from list" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand secret; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and not __fish_seen_subcommand_from ca init join join-token leave unlock unlock-key update" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and not __fish_seen_subcommand_from ca init join join-token leave unlock unlock-key update" -f -a "ca" -d 'Display and rotate the root CA'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and not __fish_seen_subcommand_from ca init join join-token leave unlock unlock-key update" -f -a "init" -d 'Initialize a swarm'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and not __fish_seen_subcommand_from ca init join join-token leave unlock unlock-key update" -f -a "join" -d 'Join a swarm as a node and/or manager'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and not __fish_seen_subcommand_from ca init join join-token leave unlock unlock-key update" -f -a "join-token" -d 'Manage join tokens'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and not __fish_seen_subcommand_from ca init join join-token leave unlock unlock-key update" -f -a "leave" -d 'Leave the swarm'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and not __fish_seen_subcommand_from ca init join join-token leave unlock unlock-key update" -f -a "unlock" -d 'Unlock swarm'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and not __fish_seen_subcommand_from ca init join join-token leave unlock unlock-key update" -f -a "unlock-key" -d 'Manage the unlock key'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and not __fish_seen_subcommand_from ca init join join-token leave unlock unlock-key update" -f -a "update" -d 'Update the swarm'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from ca" -l ca-cert -d 'Path to the PEM-formatted root CA certificate to use for the new cluster' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from ca" -l ca-key -d 'Path to the PEM-formatted root CA key to use for the new cluster' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from ca" -l cert-expiry -d 'Validity period for node certificates (ns|us|ms|s|m|h) (default 2160h0m0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from ca" -s d -l detach -d 'Exit immediately instead of waiting for the root rotation to converge' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from ca" -l external-ca -d 'Specifications of one or more certificate signing endpoints' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from ca" -s q -l quiet -d 'Suppress progress output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from ca" -l rotate -d 'Rotate the swarm CA - if no certificate or key are provided, new ones will be generated' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from ca" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l advertise-addr -d 'Advertised address (format: "<ip|interface>[:port]")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l autolock -d 'Enable manager autolocking (requiring an unlock key to start a stopped manager)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l availability -d 'Availability of the node ("active", "pause", "drain") (default "active")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l data-path-addr -d 'Address or interface to use for data path traffic (format: "<ip|interface>")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l data-path-port -d 'Port number to use for data path traffic (1024 - 49151). If no value is set or is set to 0, the default port (4789) is used.' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l default-addr-pool -d 'default address pool in CIDR format' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l default-addr-pool-mask-length -d 'default address pool subnet mask length' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l force-new-cluster -d 'Force create a new cluster from current state' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l listen-addr -d 'Listen address (format: "<ip|interface>[:port]")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l cert-expiry -d 'Validity period for node certificates (ns|us|ms|s|m|h) (default 2160h0m0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l dispatcher-heartbeat -d 'Dispatcher heartbeat period (ns|us|ms|s|m|h) (default 5s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l external-ca -d 'Specifications of one or more certificate signing endpoints' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l max-snapshots -d 'Number of additional Raft snapshots to retain' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l snapshot-interval -d 'Number of log entries between Raft snapshots (default 10000)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -l task-history-limit -d 'Task history retention limit (default 5)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from init" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from join" -l advertise-addr -d 'Advertised address (format: "<ip|interface>[:port]")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from join" -l availability -d 'Availability of the node ("active", "pause", "drain") (default "active")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from join" -l data-path-addr -d 'Address or interface to use for data path traffic (format: "<ip|interface>")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from join" -l listen-addr -d 'Listen address (format: "<ip|interface>[:port]")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from join" -l token -d 'Token for entry into the swarm' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from join" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from join-token" -s q -l quiet -d 'Only display token' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from join-token" -l rotate -d 'Rotate join token' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from join-token" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from leave" -s f -l force -d 'Force this node to leave the swarm, ignoring warnings' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from unlock-key" -s q -l quiet -d 'Only display token' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from unlock-key" -l rotate -d 'Rotate unlock key' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from unlock-key" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from update" -l autolock -d 'Change manager autolocking setting (true|false)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from update" -l cert-expiry -d 'Validity period for node certificates (ns|us|ms|s|m|h) (default 2160h0m0s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from update" -l dispatcher-heartbeat -d 'Dispatcher heartbeat period (ns|us|ms|s|m|h) (default 5s)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from update" -l external-ca -d 'Specifications of one or more certificate signing endpoints' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from update" -l max-snapshots -d 'Number of additional Raft snapshots to retain' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from update" -l snapshot-interval -d 'Number of log entries between Raft snapshots (default 10000)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from update" -l task-history-limit -d 'Task history retention limit (default 5)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand swarm; and __fish_seen_subcommand_from update" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and not __fish_seen_subcommand_from deploy up ls list ps rm remove down services" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and not __fish_seen_subcommand_from deploy up ls list ps rm remove down services" -f -a "deploy" -d 'Deploy a new stack or update an existing stack'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and not __fish_seen_subcommand_from deploy up ls list ps rm remove down services" -f -a "up" -d 'Deploy a new stack or update an existing stack'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and not __fish_seen_subcommand_from deploy up ls list ps rm remove down services" -f -a "ls" -d 'List stacks'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and not __fish_seen_subcommand_from deploy up ls list ps rm remove down services" -f -a "list" -d 'List stacks'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and not __fish_seen_subcommand_from deploy up ls list ps rm remove down services" -f -a "ps" -d 'List the tasks in the stack'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and not __fish_seen_subcommand_from deploy up ls list ps rm remove down services" -f -a "rm" -d 'Remove one or more stacks'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and not __fish_seen_subcommand_from deploy up ls list ps rm remove down services" -f -a "remove" -d 'Remove one or more stacks'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and not __fish_seen_subcommand_from deploy up ls list ps rm remove down services" -f -a "down" -d 'Remove one or more stacks'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and not __fish_seen_subcommand_from deploy up ls list ps rm remove down services" -f -a "services" -d 'List the services in the stack'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from deploy" -s c -l compose-file -d 'Path to a Compose file, or "-" to read from stdin' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from deploy" -s d -l detach -d 'Exit immediately instead of waiting for the stack services to converge (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from deploy" -l prune -d 'Prune services that are no longer referenced' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from deploy" -s q -l quiet -d 'Suppress progress output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from deploy" -l resolve-image -d 'Query the registry to resolve image digest and supported platforms ("always", "changed", "never") (default "always")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from deploy" -l with-registry-auth -d 'Send registry authentication details to Swarm agents' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from deploy" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from up" -s c -l compose-file -d 'Path to a Compose file, or "-" to read from stdin' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from up" -s d -l detach -d 'Exit immediately instead of waiting for the stack services to converge (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from up" -l prune -d 'Prune services that are no longer referenced' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from up" -s q -l quiet -d 'Suppress progress output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from up" -l resolve-image -d 'Query the registry to resolve image digest and supported platforms ("always", "changed", "never") (default "always")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from up" -l with-registry-auth -d 'Send registry authentication details to Swarm agents' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from up" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from list" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from ps" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from ps" -l no-resolve -d 'Do not map IDs to Names' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only display task IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from rm" -s d -l detach -d 'Do not wait for stack removal (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from remove" -s d -l detach -d 'Do not wait for stack removal (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from down" -s d -l detach -d 'Do not wait for stack removal (default true)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from down" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from services" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from services" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from services" -s q -l quiet -d 'Only display IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand stack; and __fish_seen_subcommand_from services" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and not __fish_seen_subcommand_from create export import inspect ls list rm remove show update use" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and not __fish_seen_subcommand_from create export import inspect ls list rm remove show update use" -f -a "create" -d 'Create a context'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and not __fish_seen_subcommand_from create export import inspect ls list rm remove show update use" -f -a "export" -d 'Export a context to a tar archive FILE or a tar stream on STDOUT.'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and not __fish_seen_subcommand_from create export import inspect ls list rm remove show update use" -f -a "import" -d 'Import a context from a tar or zip file'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and not __fish_seen_subcommand_from create export import inspect ls list rm remove show update use" -f -a "inspect" -d 'Display detailed information on one or more contexts'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and not __fish_seen_subcommand_from create export import inspect ls list rm remove show update use" -f -a "ls" -d 'List contexts'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and not __fish_seen_subcommand_from create export import inspect ls list rm remove show update use" -f -a "list" -d 'List contexts'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and not __fish_seen_subcommand_from create export import inspect ls list rm remove show update use" -f -a "rm" -d 'Remove one or more contexts'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and not __fish_seen_subcommand_from create export import inspect ls list rm remove show update use" -f -a "remove" -d 'Remove one or more contexts'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and not __fish_seen_subcommand_from create export import inspect ls list rm remove show update use" -f -a "show" -d 'Print the name of the current context'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and not __fish_seen_subcommand_from create export import inspect ls list rm remove show update use" -f -a "update" -d 'Update a context'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and not __fish_seen_subcommand_from create export import inspect ls list rm remove show update use" -f -a "use" -d 'Set the current docker context'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from create" -l description -d 'Description of the context' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from create" -l docker -d 'set the docker endpoint (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from create" -l from -d 'create context from a named context' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from create" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from export" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from import" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only show context names' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only show context names' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from list" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force the removal of a context in use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force the removal of a context in use' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from show" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from update" -l description -d 'Description of the context' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from update" -l docker -d 'set the docker endpoint (default [])' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from update" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand context; and __fish_seen_subcommand_from use" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and not __fish_seen_subcommand_from disable enable inspect ls list rm remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and not __fish_seen_subcommand_from disable enable inspect ls list rm remove" -f -a "disable" -d 'Disable a plugin'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and not __fish_seen_subcommand_from disable enable inspect ls list rm remove" -f -a "enable" -d 'Enable a plugin'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and not __fish_seen_subcommand_from disable enable inspect ls list rm remove" -f -a "inspect" -d 'Display detailed information on one or more plugins'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and not __fish_seen_subcommand_from disable enable inspect ls list rm remove" -f -a "ls" -d 'List plugins'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and not __fish_seen_subcommand_from disable enable inspect ls list rm remove" -f -a "list" -d 'List plugins'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and not __fish_seen_subcommand_from disable enable inspect ls list rm remove" -f -a "rm" -d 'Remove one or more plugins'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and not __fish_seen_subcommand_from disable enable inspect ls list rm remove" -f -a "remove" -d 'Remove one or more plugins'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from disable" -s f -l force -d 'Force the disable of an active plugin' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from enable" -l timeout -d 'HTTP client timeout (in seconds)' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Provide filter values (e.g. "enabled=true")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Don\'t truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display plugin IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from list" -s f -l filter -d 'Provide filter values (e.g. "enabled=true")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from list" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from list" -l no-trunc -d 'Don\'t truncate output' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display plugin IDs' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from list" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force the removal of an active plugin' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force the removal of an active plugin' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand plugin; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and not __fish_seen_subcommand_from info df events prune" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and not __fish_seen_subcommand_from info df events prune" -f -a "info" -d 'Display system-wide information'
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and not __fish_seen_subcommand_from info df events prune" -f -a "df" -d 'Show docker disk usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and not __fish_seen_subcommand_from info df events prune" -f -a "events" -d 'Get real time events from the server'
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and not __fish_seen_subcommand_from info df events prune" -f -a "prune" -d 'Remove unused data'
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from info" -s f -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from info" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from df" -l format -d 'Format output using a custom template: \'table\':            Print output in table format with column headers (default) \'table TEMPLATE\':   Print output in table format using the given Go template \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from df" -s v -l verbose -d 'Show detailed information on space usage' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from events" -s f -l filter -d 'Filter output based on conditions provided' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from events" -l format -d 'Format output using a custom template: \'json\':             Print in JSON format \'TEMPLATE\':         Print output using the given Go template. Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from events" -l since -d 'Show all events created since timestamp' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from events" -l until -d 'Stream events until this timestamp' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from events" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused images not just dangling ones' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. "label=<key>=<value>")' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'Prune anonymous volumes' -r
complete -c hvdock -n "__fish_hvdock_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print usage'
complete -c hvdock -n "__fish_hvdock_using_subcommand help" -s h -l help -d 'Print usage'

# Live names (containers, images, networks, volumes, contexts) from the daemon.
function __fish_hvdock_live
    set -l words (commandline -opc) (commandline -ct)
    command $words[1] __complete --words $words[2..-1] 2>/dev/null
end
complete -c hvdock -a '(__fish_hvdock_live)'
