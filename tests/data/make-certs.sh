#!/usr/bin/env bash
# Regenerates the TLS certificates the tests use. They are kept in the repository so the tests
# need no openssl at run time; the valid ones last until 2125, the expired one ended in 2021.
#   test-ca.pem          certificate authority the tests trust (Prober::setExtraCaCertificates)
#   localhost.pem        signed by the test CA for localhost and 127.0.0.1: valid
#   expired.pem          signed by the test CA for localhost and 127.0.0.1: expired 2021-01-01
#   wrong-host.pem       signed by the test CA for wrong.example only
#   self-signed.pem      self-signed for localhost and 127.0.0.1
#   server.key           the key of all the server certificates above
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out test-ca.pem \
    -days 36500 -subj "/CN=Upwatch Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
openssl genrsa -out server.key 2048

sign() { # name subjectAltName startdate enddate
    local name=$1 san=$2 start=$3 end=$4
    openssl req -new -key server.key -subj "/CN=${name}" -out "$work/$name.csr"
    mkdir -p "$work/ca/newcerts"
    : > "$work/ca/index.txt"
    echo 1000 > "$work/ca/serial"
    cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
dir = $work/ca
database = \$dir/index.txt
new_certs_dir = \$dir/newcerts
serial = \$dir/serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[any]
commonName = supplied
[ext]
basicConstraints = CA:FALSE
keyUsage = digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = $san
CNF
    openssl ca -batch -config "$work/ca.cnf" -cert test-ca.pem -keyfile "$work/ca.key" \
        -in "$work/$name.csr" -out "$name.pem" -notext -extensions ext \
        -startdate "$start" -enddate "$end"
}

sign localhost "DNS:localhost,IP:127.0.0.1" 20250101000000Z 21250101000000Z
sign expired "DNS:localhost,IP:127.0.0.1" 20200101000000Z 20210101000000Z
sign wrong-host "DNS:wrong.example" 20250101000000Z 21250101000000Z

openssl req -x509 -key server.key -out self-signed.pem -days 36500 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1"
