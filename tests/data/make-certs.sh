#!/usr/bin/env bash
# Regenerates the TLS certificates the tests use. They are kept in the repository so the tests
# need no openssl at run time; the valid ones last until 2125, the expired one ended in 2021.
#   test-ca.pem          certificate authority the tests trust (Prober::setExtraCaCertificates)
#   localhost.pem        signed by the test CA for localhost and 127.0.0.1: valid
#   expired.pem          signed by the test CA for localhost and 127.0.0.1: expired 2021-01-01
#   wrong-host.pem       signed by the test CA for wrong.example only
#   self-signed.pem      self-signed for localhost and 127.0.0.1
#   server.key           the key of all the server certificates above
# Client certificates for mutual TLS, from a CA of their own:
#   test-client-ca.pem   certificate authority a mutual-TLS test server trusts for clients
#   client.pem           signed by the test client CA, CN "Upwatch Test Client"
#   client.key           its RSA key, not encrypted
#   client-ec.pem        signed by the test client CA, CN "Upwatch Test Client EC"
#   client-ec.key        its EC (P-256) key, encrypted with the passphrase "test passphrase"
# `make-certs.sh client` regenerates only the client files (the server files stay as they are).
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
what=${1:-all}

make_clients() {
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/client-ca.key" \
        -out test-client-ca.pem -days 36500 -subj "/CN=Upwatch Test Client CA" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
    cat > "$work/client.ext" <<EXT
basicConstraints = CA:FALSE
keyUsage = digitalSignature
extendedKeyUsage = clientAuth
EXT
    openssl genrsa -out client.key 2048
    openssl req -new -key client.key -subj "/CN=Upwatch Test Client" -out "$work/client.csr"
    openssl x509 -req -in "$work/client.csr" -CA test-client-ca.pem -CAkey "$work/client-ca.key" \
        -set_serial 2001 -days 36500 -sha256 -extfile "$work/client.ext" -out client.pem
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/client-ec.key"
    openssl pkcs8 -topk8 -in "$work/client-ec.key" -v2 aes-256-cbc \
        -passout pass:"test passphrase" -out client-ec.key
    openssl req -new -key "$work/client-ec.key" -subj "/CN=Upwatch Test Client EC" \
        -out "$work/client-ec.csr"
    openssl x509 -req -in "$work/client-ec.csr" -CA test-client-ca.pem \
        -CAkey "$work/client-ca.key" -set_serial 2002 -days 36500 -sha256 \
        -extfile "$work/client.ext" -out client-ec.pem
}

if [ "$what" = client ]; then
    make_clients
    exit 0
fi

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

make_clients
